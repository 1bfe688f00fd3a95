package dev.harmony.viz.whatif;

/**
 * One host's utilisation over a scenario's horizon, as shares (0–1 and above when overcommitted).
 *
 * @param host       the host id
 * @param peakCpu    highest expected CPU utilisation
 * @param meanCpu    mean CPU utilisation
 * @param peakMemory highest memory utilisation
 */
public record HostPeakRow(String host, double peakCpu, double meanCpu, double peakMemory) {
}
