/**
 * Realized pairwise affinity: how well two VMs got along over a past window, measured from their
 * telemetry alone (contention, complementarity, communication, sharing), for one pair or many at once.
 * See {@code docs/decisions/0003-realized-affinity.md} for the formula.
 */
package dev.harmony.engine.affinity;
