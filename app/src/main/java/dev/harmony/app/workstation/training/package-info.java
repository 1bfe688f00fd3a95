/** The training tab: the affinity GNN trained on the open source's history in the background, its loss curve, model versions and evaluation against the baselines. */
package dev.harmony.app.workstation.training;
