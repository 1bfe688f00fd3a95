/**
 * Runs approved migration plans through the connector SPI: pre-flight checks against the connector's
 * current state, per-host and per-batch limits, a journal written before and after every move so an
 * interrupted run is reconciled rather than repeated, read-back of each VM's host, and progress events.
 */
package dev.harmony.engine.execution;
