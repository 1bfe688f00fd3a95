/**
 * The affinity graph: VMs grouped by host on GraphStream's model, a deterministic host-grouped layout and
 * a Canvas renderer of our own that aggregates by host when zoomed out, so the view stays fluid at thousands
 * of VMs; live updates are coalesced off the FX thread.
 */
package dev.harmony.viz.graph;
