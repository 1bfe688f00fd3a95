package dev.harmony.connectors.lab.traffic;

/**
 * One VM's measured network totals over a window.
 *
 * @param txKibps mean transmitted KiB/s (NaN or negative read as 0)
 * @param rxKibps mean received KiB/s (NaN or negative read as 0)
 */
public record VmTraffic(double txKibps, double rxKibps) {
    public VmTraffic {
        txKibps = txKibps > 0 && Double.isFinite(txKibps) ? txKibps : 0;
        rxKibps = rxKibps > 0 && Double.isFinite(rxKibps) ? rxKibps : 0;
    }
}
