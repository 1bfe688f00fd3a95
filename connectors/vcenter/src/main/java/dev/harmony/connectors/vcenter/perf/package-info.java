/** Reads PerformanceManager counters for many VMs per call and lays them on the engine's regular time series. */
package dev.harmony.connectors.vcenter.perf;
