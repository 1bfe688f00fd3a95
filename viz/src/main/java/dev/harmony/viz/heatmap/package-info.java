/** The affinity heat map: mean affinity between hosts, or between the VMs of one host. */
package dev.harmony.viz.heatmap;
