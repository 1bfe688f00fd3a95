/**
 * Inputs for a model that predicts affinity: per-VM feature rows, graph edges (co-location,
 * communication, profile similarity) and per-pair features of past windows, as plain arrays with
 * named columns.
 */
package dev.harmony.engine.affinity.features;
