/**
 * Estimated VM-to-VM traffic. The traces measure only each VM's own network totals, so pairwise traffic
 * inside an application group comes from a gravity model and is always marked as an estimate.
 */
package dev.harmony.connectors.lab.traffic;
