package dev.harmony.viz.graph;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One immutable picture of the affinity graph, ready to draw: hosts and VMs with their positions and
 * loads, and the pairs sorted by |affinity|, strongest first, so that a threshold keeps a prefix. Built off
 * the FX thread; a live load update copies only the load array and shares the rest.
 */
public final class GraphScene {
    final String[] vmIds;
    final String[] vmNames;
    final int[] vmHost;
    final float[] x;
    final float[] y;
    final float[] load;
    final String[] hostIds;
    final String[] hostNames;
    final boolean[] hostMaintenance;
    final int[][] vmsByHost;
    final float[] hostX;
    final float[] hostY;
    final float[] hostR;
    final float width;
    final float height;
    final int[] edgeA;
    final int[] edgeB;
    final float[] edgeScore;
    final boolean[] edgeCoLocated;
    /** Edges of VM i are adjEdge[adjStart[i] .. adjStart[i+1]), strongest first. */
    final int[] adjStart;
    final int[] adjEdge;
    private final Map<String, Integer> indexById;
    private final String basis;
    private final long version;

    GraphScene(Vms vms, Hosts hosts, HostGroupedLayout.Positions at, Edges edges, String basis, long version) {
        this.vmIds = vms.ids;
        this.vmNames = vms.names;
        this.vmHost = vms.host;
        this.load = vms.load;
        this.hostIds = hosts.ids;
        this.hostNames = hosts.names;
        this.hostMaintenance = hosts.maintenance;
        this.vmsByHost = hosts.vms;
        this.x = at.vmX();
        this.y = at.vmY();
        this.hostX = at.hostX();
        this.hostY = at.hostY();
        this.hostR = at.hostR();
        this.width = at.width();
        this.height = at.height();
        int m = edges.a.length;
        int[] order = strongestFirst(edges.score);
        this.edgeA = new int[m];
        this.edgeB = new int[m];
        this.edgeScore = new float[m];
        this.edgeCoLocated = new boolean[m];
        for (int k = 0; k < m; k++) {
            edgeA[k] = edges.a[order[k]];
            edgeB[k] = edges.b[order[k]];
            edgeScore[k] = edges.score[order[k]];
            edgeCoLocated[k] = edges.coLocated[order[k]];
        }
        this.adjStart = new int[vmIds.length + 1];
        for (int k = 0; k < m; k++) {
            adjStart[edgeA[k] + 1]++;
            adjStart[edgeB[k] + 1]++;
        }
        for (int i = 0; i < vmIds.length; i++) {
            adjStart[i + 1] += adjStart[i];
        }
        this.adjEdge = new int[2 * m];
        int[] fill = Arrays.copyOf(adjStart, vmIds.length);
        for (int k = 0; k < m; k++) {
            adjEdge[fill[edgeA[k]]++] = k;
            adjEdge[fill[edgeB[k]]++] = k;
        }
        this.indexById = new HashMap<>();
        for (int i = 0; i < vmIds.length; i++) {
            indexById.put(vmIds[i], i);
        }
        this.basis = basis;
        this.version = version;
    }

    /**
     * Edge indices by |score|, strongest first, ties in input order; sorted as primitive keys because the
     * scene is rebuilt on every pair update and boxing thousands of indices would feed the collector.
     */
    private static int[] strongestFirst(float[] score) {
        long[] keys = new long[score.length];
        for (int e = 0; e < score.length; e++) {
            // For non-negative floats the bit pattern sorts like the value.
            keys[e] = (long) Float.floatToIntBits(1f - Math.min(1f, Math.abs(score[e]))) << 32 | e;
        }
        Arrays.sort(keys);
        int[] order = new int[score.length];
        for (int k = 0; k < keys.length; k++) {
            order[k] = (int) keys[k];
        }
        return order;
    }

    private GraphScene(GraphScene from, float[] load, long version) {
        this.vmIds = from.vmIds;
        this.vmNames = from.vmNames;
        this.vmHost = from.vmHost;
        this.x = from.x;
        this.y = from.y;
        this.load = load;
        this.hostIds = from.hostIds;
        this.hostNames = from.hostNames;
        this.hostMaintenance = from.hostMaintenance;
        this.vmsByHost = from.vmsByHost;
        this.hostX = from.hostX;
        this.hostY = from.hostY;
        this.hostR = from.hostR;
        this.width = from.width;
        this.height = from.height;
        this.edgeA = from.edgeA;
        this.edgeB = from.edgeB;
        this.edgeScore = from.edgeScore;
        this.edgeCoLocated = from.edgeCoLocated;
        this.adjStart = from.adjStart;
        this.adjEdge = from.adjEdge;
        this.indexById = from.indexById;
        this.basis = from.basis;
        this.version = version;
    }

    /** An empty scene, before anything is loaded. */
    public static GraphScene empty() {
        return new GraphScene(new Vms(new String[0], new String[0], new int[0], new float[0]),
                new Hosts(new String[0], new String[0], new boolean[0], new int[0][]),
                HostGroupedLayout.place(new int[0][], 0), new Edges(new int[0], new int[0], new float[0], new boolean[0]),
                AffinityPairs.none().basis(), 0);
    }

    /** The same scene with other loads; shares everything else. */
    GraphScene withLoads(float[] newLoad, long newVersion) {
        return new GraphScene(this, newLoad, newVersion);
    }

    /** Number of edges with |affinity| at or above the threshold: they are the first ones. */
    public int edgesAtLeast(double threshold) {
        int lo = 0;
        int hi = edgeScore.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Math.abs(edgeScore[mid]) >= threshold) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The affinity of two VMs, or NaN when the pair is not among the edges. */
    public float score(int i, int j) {
        int from = adjStart[i];
        int to = adjStart[i + 1];
        for (int k = from; k < to; k++) {
            int e = adjEdge[k];
            if (edgeA[e] == j || edgeB[e] == j) {
                return edgeScore[e];
            }
        }
        return Float.NaN;
    }

    public int vmCount() {
        return vmIds.length;
    }

    public int hostCount() {
        return hostIds.length;
    }

    public int edgeCount() {
        return edgeA.length;
    }

    /** The row of a VM, or -1. */
    public int indexOf(String vmId) {
        return indexById.getOrDefault(vmId, -1);
    }

    public String vmId(int i) {
        return vmIds[i];
    }

    public String vmName(int i) {
        return vmNames[i];
    }

    /** The host index of a VM. */
    public int hostOf(int i) {
        return vmHost[i];
    }

    /** A VM's CPU load as a share of what it may use, 0–1, or NaN when not measured yet. */
    public float load(int i) {
        return load[i];
    }

    public String hostId(int h) {
        return hostIds[h];
    }

    public String hostName(int h) {
        return hostNames[h];
    }

    public boolean hostInMaintenance(int h) {
        return hostMaintenance[h];
    }

    /** The VMs on a host, as indices; do not change the array. */
    public int[] vmsOf(int h) {
        return vmsByHost[h];
    }

    public int edgeA(int e) {
        return edgeA[e];
    }

    public int edgeB(int e) {
        return edgeB[e];
    }

    public float edgeScore(int e) {
        return edgeScore[e];
    }

    public boolean edgeCoLocated(int e) {
        return edgeCoLocated[e];
    }

    /** Whether two scenes share hosts, VMs and pairs and differ at most in load. */
    public boolean samePairsAs(GraphScene other) {
        return edgeScore == other.edgeScore && vmHost == other.vmHost;
    }

    /** What the affinities are based on, in words. */
    public String basis() {
        return basis;
    }

    /** Rises with every scene a model publishes, so a view can tell a newer scene from an older one. */
    public long version() {
        return version;
    }

    /** VM columns as the model hands them over. */
    record Vms(String[] ids, String[] names, int[] host, float[] load) {
    }

    /** Host columns; {@code vms[h]} lists the VM indices of host h in layout order. */
    record Hosts(String[] ids, String[] names, boolean[] maintenance, int[][] vms) {
    }

    /** Edge columns, in any order. */
    record Edges(int[] a, int[] b, float[] score, boolean[] coLocated) {
    }
}
