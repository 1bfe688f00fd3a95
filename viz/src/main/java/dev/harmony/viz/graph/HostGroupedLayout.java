package dev.harmony.viz.graph;

/**
 * A deterministic layout that needs no simulation: hosts sit on a grid in display order, and each host's
 * VMs on a sunflower spiral inside the host's disc. It costs O(VMs), so it is recomputed off the FX thread
 * only when the placement changes, and positions stay put while loads and affinities update live.
 */
final class HostGroupedLayout {
    /** World units between neighbouring VMs of a host. */
    static final float SPACING = 10f;
    /** Room above each disc for the host's name. */
    static final float LABEL_ROOM = 2.6f * SPACING;
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
    /** Spiral constant: Vogel's spiral puts neighbours about 1.77·c apart. */
    private static final double SPIRAL = SPACING / 1.77;
    private static final double ASPECT = 1.2;

    private HostGroupedLayout() {
    }

    /**
     * Where every host and VM goes.
     *
     * @param vmsByHost the VM indices of each host, in the order they are placed on the spiral
     * @param vmCount   how many VMs there are in all
     */
    static Positions place(int[][] vmsByHost, int vmCount) {
        int hosts = vmsByHost.length;
        float[] hostX = new float[hosts];
        float[] hostY = new float[hosts];
        float[] hostR = new float[hosts];
        float[] vmX = new float[vmCount];
        float[] vmY = new float[vmCount];
        float maxR = SPACING;
        for (int h = 0; h < hosts; h++) {
            hostR[h] = radius(vmsByHost[h].length);
            maxR = Math.max(maxR, hostR[h]);
        }
        int cols = Math.max(1, Math.min(hosts, (int) Math.round(Math.sqrt(hosts * ASPECT))));
        int rows = Math.max(1, (hosts + cols - 1) / cols);
        float cellW = 2 * maxR + 2 * SPACING;
        float cellH = 2 * maxR + LABEL_ROOM + SPACING;
        for (int h = 0; h < hosts; h++) {
            hostX[h] = (h % cols) * cellW + cellW / 2;
            hostY[h] = (h / cols) * cellH + LABEL_ROOM + maxR;
            int[] vms = vmsByHost[h];
            for (int k = 0; k < vms.length; k++) {
                double r = SPIRAL * Math.sqrt(k + 0.5);
                double theta = k * GOLDEN_ANGLE;
                vmX[vms[k]] = (float) (hostX[h] + r * Math.cos(theta));
                vmY[vms[k]] = (float) (hostY[h] + r * Math.sin(theta));
            }
        }
        return new Positions(hostX, hostY, hostR, vmX, vmY, cols * cellW, rows * cellH);
    }

    /** The disc that holds {@code vms} VMs with a margin of most of a spacing. */
    static float radius(int vms) {
        return (float) Math.max(1.5 * SPACING, SPIRAL * Math.sqrt(vms) + 0.9 * SPACING);
    }

    /** Layout output in world units; arrays are owned by the scene that receives them. */
    record Positions(float[] hostX, float[] hostY, float[] hostR, float[] vmX, float[] vmY, float width, float height) {
    }
}
