package dev.harmony.viz.health;

/**
 * One host's bar on the dashboard.
 *
 * @param hostId      the host
 * @param name        its name
 * @param index       its health index, 0–100
 * @param worst       the component that cost it most, in words, or empty when nothing was lost
 * @param maintenance whether it is in maintenance
 */
public record HostHealthRow(String hostId, String name, double index, String worst, boolean maintenance) {
}
