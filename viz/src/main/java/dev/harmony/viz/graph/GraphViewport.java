package dev.harmony.viz.graph;

/**
 * Which part of a {@link GraphScene} the canvas shows: screen = world · scale + offset. It also decides
 * the level of detail from how many pixels separate two VMs, and finds what lies under the pointer.
 * Plain arithmetic, no JavaFX, so it is tested without a window.
 */
public final class GraphViewport {
    /** How much the renderer draws. */
    public enum Detail {
        /** One disc per host and one line per pair of hosts: VMs would be specks. */
        HOSTS,
        /** Every VM and the pairs inside each host; pairs across hosts summed into one line per pair of hosts. */
        VMS,
        /** Every VM and every pair, no VM names. */
        PAIRS,
        /** VMs, pairs and VM names. */
        LABELS
    }

    /** Below this many pixels between neighbouring VMs the graph is drawn by host. */
    static final double HOST_DETAIL_BELOW_PX = 6;
    /** From this many pixels between neighbouring VMs each pair across hosts gets its own line. */
    static final double PAIRS_FROM_PX = 16;
    /** From this many pixels between neighbouring VMs their names fit. */
    static final double LABELS_FROM_PX = 34;
    private static final double MIN_SCALE = 0.02;
    private static final double MAX_SCALE = 40;
    private double scale = 1;
    private double offsetX;
    private double offsetY;
    private double width = 1;
    private double height = 1;

    /** An independent copy, for a frame drawn while this one keeps moving. */
    public GraphViewport copy() {
        GraphViewport c = new GraphViewport();
        c.scale = scale;
        c.offsetX = offsetX;
        c.offsetY = offsetY;
        c.width = width;
        c.height = height;
        return c;
    }

    public void resize(double newWidth, double newHeight) {
        width = Math.max(1, newWidth);
        height = Math.max(1, newHeight);
    }

    /** Shows the whole scene, centred, with a small margin. */
    public void fit(GraphScene scene) {
        double margin = 16;
        double w = Math.max(1, scene.width);
        double h = Math.max(1, scene.height);
        scale = clamp(Math.min((width - 2 * margin) / w, (height - 2 * margin) / h));
        offsetX = (width - w * scale) / 2;
        offsetY = (height - h * scale) / 2;
    }

    /** Shows one host's disc filling most of the view. */
    public void focusHost(GraphScene scene, int host) {
        double r = scene.hostR[host] + HostGroupedLayout.LABEL_ROOM;
        scale = clamp(Math.min(width, height) / (2.4 * r));
        offsetX = width / 2 - scene.hostX[host] * scale;
        offsetY = height / 2 - scene.hostY[host] * scale;
    }

    /** Zooms by {@code factor} keeping the world point under (sx, sy) where it is. */
    public void zoomAt(double factor, double sx, double sy) {
        double wx = toWorldX(sx);
        double wy = toWorldY(sy);
        scale = clamp(scale * factor);
        offsetX = sx - wx * scale;
        offsetY = sy - wy * scale;
    }

    public void pan(double dx, double dy) {
        offsetX += dx;
        offsetY += dy;
    }

    public Detail detail() {
        double px = HostGroupedLayout.SPACING * scale;
        if (px < HOST_DETAIL_BELOW_PX) {
            return Detail.HOSTS;
        }
        if (px < PAIRS_FROM_PX) {
            return Detail.VMS;
        }
        return px >= LABELS_FROM_PX ? Detail.LABELS : Detail.PAIRS;
    }

    /** The VM under a screen point, within about a VM's spacing, or -1. */
    public int vmAt(GraphScene scene, double sx, double sy) {
        int host = hostAt(scene, sx, sy);
        if (host < 0) {
            return -1;
        }
        double wx = toWorldX(sx);
        double wy = toWorldY(sy);
        double best = Math.pow(0.6 * HostGroupedLayout.SPACING, 2);
        int found = -1;
        for (int v : scene.vmsByHost[host]) {
            double d = Math.pow(scene.x[v] - wx, 2) + Math.pow(scene.y[v] - wy, 2);
            if (d <= best) {
                best = d;
                found = v;
            }
        }
        return found;
    }

    /** The host whose disc holds a screen point, or -1. */
    public int hostAt(GraphScene scene, double sx, double sy) {
        double wx = toWorldX(sx);
        double wy = toWorldY(sy);
        for (int h = 0; h < scene.hostCount(); h++) {
            double dx = scene.hostX[h] - wx;
            double dy = scene.hostY[h] - wy;
            if (dx * dx + dy * dy <= scene.hostR[h] * scene.hostR[h]) {
                return h;
            }
        }
        return -1;
    }

    /** Whether a world point lies on screen, give or take {@code marginPx}. */
    public boolean onScreen(double wx, double wy, double marginPx) {
        double sx = toScreenX(wx);
        double sy = toScreenY(wy);
        return sx >= -marginPx && sy >= -marginPx && sx <= width + marginPx && sy <= height + marginPx;
    }

    public double toScreenX(double wx) {
        return wx * scale + offsetX;
    }

    public double toScreenY(double wy) {
        return wy * scale + offsetY;
    }

    public double toWorldX(double sx) {
        return (sx - offsetX) / scale;
    }

    public double toWorldY(double sy) {
        return (sy - offsetY) / scale;
    }

    public double scale() {
        return scale;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
