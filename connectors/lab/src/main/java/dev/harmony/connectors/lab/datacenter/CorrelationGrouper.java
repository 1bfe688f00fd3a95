package dev.harmony.connectors.lab.datacenter;

import dev.harmony.connectors.lab.dataset.LabDataset;
import dev.harmony.connectors.lab.dataset.LabVm;
import dev.harmony.engine.model.Metric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Infers application groups from the data: VMs whose traffic rises and falls together probably serve
 * one application. The signal is log(1 + network rx + tx) (CPU % for traces without network), averaged
 * into at most 720 buckets; pairs are merged in order of Pearson correlation by average linkage while the
 * mean correlation between the merged groups stays at or above the threshold and the group stays small.
 */
public final class CorrelationGrouper {
    private static final int MAX_BUCKETS = 720;
    private static final int MIN_COMMON_BUCKETS = 48;

    private final double threshold;
    private final int maxGroupSize;

    public CorrelationGrouper(double threshold, int maxGroupSize) {
        if (!(threshold > 0 && threshold < 1) || maxGroupSize < 2) {
            throw new IllegalArgumentException("need 0 < threshold < 1 and maxGroupSize >= 2, got " + threshold
                    + ", " + maxGroupSize);
        }
        this.threshold = threshold;
        this.maxGroupSize = maxGroupSize;
    }

    public ApplicationGroups group(LabDataset dataset) {
        boolean network = dataset.metrics().contains(Metric.NETWORK_RX_KIBPS) && dataset.metrics().contains(Metric.NETWORK_TX_KIBPS);
        int bucket = Math.max(1, (dataset.intervals() + MAX_BUCKETS - 1) / MAX_BUCKETS);
        List<LabVm> vms = dataset.vms();
        double[][] signal = new double[vms.size()][];
        for (int i = 0; i < vms.size(); i++) {
            signal[i] = signal(dataset, vms.get(i).id(), network, bucket);
        }
        double[][] corr = Correlation.matrix(signal, MIN_COMMON_BUCKETS);
        int[] cluster = merge(corr);
        Map<Integer, List<String>> byCluster = new LinkedHashMap<>();
        for (int i = 0; i < vms.size(); i++) {
            byCluster.computeIfAbsent(cluster[i], k -> new ArrayList<>()).add(vms.get(i).id());
        }
        Map<String, List<String>> members = new LinkedHashMap<>();
        List<List<String>> groups = byCluster.values().stream().filter(g -> g.size() > 1).toList();
        for (int g = 0; g < groups.size(); g++) {
            members.put(String.format(Locale.ROOT, "app-%02d", g + 1), groups.get(g));
        }
        String method = String.format(Locale.ROOT, "correlation(%s, %d-min buckets) >= %.2f, average linkage, max %d VMs",
                network ? "log1p network rx+tx" : "log1p CPU %", bucket * dataset.step().toMinutes(), threshold, maxGroupSize);
        return new ApplicationGroups(members, method);
    }

    private static double[] signal(LabDataset d, String vm, boolean network, int bucket) {
        int n = (d.intervals() + bucket - 1) / bucket;
        double[] out = new double[n];
        for (int b = 0; b < n; b++) {
            double sum = 0;
            int count = 0;
            for (int i = b * bucket; i < Math.min(d.intervals(), (b + 1) * bucket); i++) {
                double v = network ? d.valueAt(vm, Metric.NETWORK_RX_KIBPS, i) + d.valueAt(vm, Metric.NETWORK_TX_KIBPS, i)
                        : d.valueAt(vm, Metric.CPU_USAGE_PERCENT, i);
                if (!Double.isNaN(v)) {
                    sum += Math.log1p(v);
                    count++;
                }
            }
            out[b] = count == 0 ? Double.NaN : sum / count;
        }
        return out;
    }

    /** Average-linkage merging in order of pair correlation; returns a cluster label per VM. */
    private int[] merge(double[][] corr) {
        int n = corr.length;
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (corr[i][j] >= threshold) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        pairs.sort(Comparator.<int[]>comparingDouble(p -> -corr[p[0]][p[1]]).thenComparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        List<List<Integer>> members = new ArrayList<>();
        int[] label = new int[n];
        for (int i = 0; i < n; i++) {
            label[i] = i;
            members.add(new ArrayList<>(List.of(i)));
        }
        for (int[] p : pairs) {
            int a = label[p[0]];
            int b = label[p[1]];
            if (a == b || members.get(a).size() + members.get(b).size() > maxGroupSize
                    || Correlation.average(corr, members.get(a), members.get(b)) < threshold) {
                continue;
            }
            int keep = Math.min(a, b);
            int gone = Math.max(a, b);
            for (int vm : members.get(gone)) {
                label[vm] = keep;
            }
            members.get(keep).addAll(members.get(gone));
            members.get(gone).clear();
        }
        return label;
    }
}
