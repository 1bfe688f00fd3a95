package dev.harmony.connectors.lab.datacenter;

import java.util.Locale;

/**
 * Chooses the server model and host count. For each model that holds the largest VM, the count is the
 * most of: hosts for the VMs' memory at the target load, hosts for their vCPUs at the vCPU-per-core
 * limit, and two per zone (so anti-affinity and a zone loss have somewhere to go). The model whose
 * count brings the memory load closest to the target wins (the larger model on a tie); one host is
 * added when one starts in maintenance, so the others can take its VMs.
 */
final class HostSizing {
    /** The choice, and a sentence saying why. */
    record Choice(HostModel model, int count, String rule) {
    }

    private HostSizing() {
    }

    static Choice choose(DatacenterOptions o, long totalVmMib, long largestVmMib, long totalVcpus) {
        HostModel best = null;
        int bestCount = 0;
        double bestDistance = Double.MAX_VALUE;
        for (HostModel m : o.hostModels()) {
            if (largestVmMib > o.maxHostMemoryFill() * m.memoryMib()) {
                continue;
            }
            int byMemory = (int) Math.ceil(totalVmMib / (o.targetMemoryLoad() * m.memoryMib()));
            int byCpu = (int) Math.ceil(totalVcpus / (o.maxVcpuPerCore() * m.cores()));
            int count = Math.max(2 * o.zones(), Math.max(byMemory, byCpu));
            double distance = Math.abs((double) totalVmMib / (count * m.memoryMib()) - o.targetMemoryLoad());
            if (distance < bestDistance - 1e-9 || (Math.abs(distance - bestDistance) <= 1e-9 && m.memoryMib() > best.memoryMib())) {
                best = m;
                bestCount = count;
                bestDistance = distance;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no host model holds the largest VM (" + largestVmMib / 1024 + " GiB)");
        }
        int total = bestCount + (o.hostInMaintenance() ? 1 : 0);
        String rule = String.format(Locale.ROOT, "%d x %s: the model whose count (memory at %.0f %% load, %.0f vCPUs"
                + " per core, %d hosts per zone at least) comes closest to the target load%s; %.1f %% of host memory"
                + " provisioned", total, best.name(), 100 * o.targetMemoryLoad(), o.maxVcpuPerCore(), 2,
                o.hostInMaintenance() ? ", plus one host for the one in maintenance" : "",
                100.0 * totalVmMib / (total * best.memoryMib()));
        return new Choice(best, total, rule);
    }
}
