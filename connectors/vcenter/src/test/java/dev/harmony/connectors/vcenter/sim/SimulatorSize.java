package dev.harmony.connectors.vcenter.sim;

/**
 * The inventory a simulator starts with: one datacenter of {@code clusters} clusters, each with
 * {@code hostsPerCluster} hosts and {@code vmsPerCluster} VMs spread evenly over them.
 *
 * @param clusters        clusters
 * @param hostsPerCluster hosts in each cluster
 * @param vmsPerCluster   VMs in each cluster
 */
public record SimulatorSize(int clusters, int hostsPerCluster, int vmsPerCluster) {
    /** The shared test inventory: 8 hosts in two clusters, 128 VMs. */
    public static final SimulatorSize STANDARD = new SimulatorSize(2, 4, 64);
    /** A quick one for tests that stop and restart it: 2 hosts, 4 VMs. */
    public static final SimulatorSize SMALL = new SimulatorSize(1, 2, 4);
    /** The benchmark inventory: 8 hosts, 1,000 VMs. */
    public static final SimulatorSize THOUSAND = new SimulatorSize(2, 4, 500);

    public int hosts() {
        return clusters * hostsPerCluster;
    }

    public int vms() {
        return clusters * vmsPerCluster;
    }
}
