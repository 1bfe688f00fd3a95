/**
 * The affinity matrix consumers read: predicted scores of co-located pairs plus each VM's strongest
 * other candidates, sparse so that a 10,000-VM pool takes memory in proportion to its VMs, updated
 * window by window, with a listener API.
 */
package dev.harmony.engine.affinity.matrix;
