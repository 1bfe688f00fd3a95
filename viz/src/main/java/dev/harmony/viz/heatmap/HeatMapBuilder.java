package dev.harmony.viz.heatmap;

import dev.harmony.viz.graph.GraphScene;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds heat maps from a graph scene's pairs: hosts against hosts, or the VMs of one host against each other. */
public final class HeatMapBuilder {
    private HeatMapBuilder() {
    }

    /** Mean affinity of the scored pairs between every two hosts; the diagonal holds the pairs inside a host. */
    public static HeatMapData hosts(GraphScene scene) {
        int n = scene.hostCount();
        double[] sum = new double[n * n];
        int[] count = new int[n * n];
        for (int e = 0; e < scene.edgeCount(); e++) {
            int a = scene.hostOf(scene.edgeA(e));
            int b = scene.hostOf(scene.edgeB(e));
            float s = scene.edgeScore(e);
            sum[a * n + b] += s;
            count[a * n + b]++;
            if (a != b) {
                sum[b * n + a] += s;
                count[b * n + a]++;
            }
        }
        float[] mean = new float[n * n];
        for (int k = 0; k < mean.length; k++) {
            mean[k] = count[k] == 0 ? Float.NaN : (float) (sum[k] / count[k]);
        }
        List<String> ids = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int h = 0; h < n; h++) {
            ids.add(scene.hostId(h));
            labels.add(scene.hostName(h) + (scene.hostInMaintenance(h) ? " (maint.)" : ""));
        }
        return new HeatMapData("Mean affinity between hosts (diagonal: within a host)", ids, labels, mean, count);
    }

    /** The affinity of every two VMs on one host, NaN for pairs not scored; empty when the host is unknown. */
    public static HeatMapData vmsOf(GraphScene scene, String hostId) {
        int host = -1;
        for (int h = 0; h < scene.hostCount(); h++) {
            if (scene.hostId(h).equals(hostId)) {
                host = h;
            }
        }
        if (host < 0) {
            return HeatMapData.empty();
        }
        int[] vms = scene.vmsOf(host);
        int n = vms.length;
        float[] values = new float[n * n];
        int[] pairs = new int[n * n];
        Arrays.fill(values, Float.NaN);
        for (int r = 0; r < n; r++) {
            for (int c = r + 1; c < n; c++) {
                float s = scene.score(vms[r], vms[c]);
                if (!Float.isNaN(s)) {
                    values[r * n + c] = s;
                    values[c * n + r] = s;
                    pairs[r * n + c] = 1;
                    pairs[c * n + r] = 1;
                }
            }
        }
        List<String> ids = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int v : vms) {
            ids.add(scene.vmId(v));
            labels.add(scene.vmName(v));
        }
        return new HeatMapData("VMs on " + scene.hostName(host) + ", pair by pair", ids, labels, values, pairs);
    }
}
