/**
 * A loaded lab dataset: every VM of a trace folder, zip or bundled resource, its size and its series
 * aligned on one 300 s grid, with the merged parse report. Loading detects the trace format.
 */
package dev.harmony.connectors.lab.dataset;
