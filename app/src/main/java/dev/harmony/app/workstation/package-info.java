/**
 * The workstation window: its main view with one tab per panel, its view model, the background work that
 * feeds it (a {@link dev.harmony.app.workstation.TaskRunner}), and the {@link dev.harmony.app.workstation.PoolFeed}
 * that turns an opened source's telemetry into affinity, health and live loads.
 */
package dev.harmony.app.workstation;
