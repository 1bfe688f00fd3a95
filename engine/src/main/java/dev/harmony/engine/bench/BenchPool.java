package dev.harmony.engine.bench;

import dev.harmony.engine.affinity.HostCapacity;
import dev.harmony.engine.model.Host;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Shared pieces of the suites' inputs: a typical host and random sparse pairs. */
final class BenchPool {
    /** 48 cores at 2.6 GHz, 768 GiB, 25 Gbit/s: the host the sizes in the issue are meant for. */
    static final long HOST_MHZ = 124_800;
    static final long HOST_MIB = 786_432;
    static final long HOST_MBPS = 25_000;

    private BenchPool() {
    }

    static HostCapacity typicalHost() {
        return new HostCapacity(HOST_MHZ, HOST_MIB * 1024.0, 1_000_000, HOST_MBPS * 1000 / 8.0);
    }

    static List<Host> hosts(int count) {
        return hosts(count, HOST_MIB);
    }

    static List<Host> hosts(int count, long memoryMib) {
        List<Host> hosts = new ArrayList<>(count);
        for (int h = 0; h < count; h++) {
            String id = String.format(java.util.Locale.ROOT, "host-%03d", h);
            hosts.add(new Host(id, id, "bench", 48, HOST_MHZ, memoryMib, HOST_MBPS, "az-" + (h % 3 + 1), java.util.Set.of(), false));
        }
        return hosts;
    }

    /** {@code perVm} distinct partners drawn at random for each of {@code n} VMs: about {@code n × perVm} pairs. */
    static int[][] sparsePairs(int n, int perVm, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        int[] first = new int[n * perVm];
        int[] second = new int[n * perVm];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int tries = 0, added = 0; added < perVm && tries < perVm * 4; tries++) {
                int j = random.nextInt(n);
                if (j != i && seen.add(((long) Math.min(i, j) << 32) | Math.max(i, j))) {
                    first[k] = i;
                    second[k] = j;
                    k++;
                    added++;
                }
            }
        }
        return new int[][] {java.util.Arrays.copyOf(first, k), java.util.Arrays.copyOf(second, k)};
    }

    static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
