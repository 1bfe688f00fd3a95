package dev.harmony.viz.graph;

import javafx.scene.paint.Color;

/**
 * Paints a {@link FrameRequest} into a {@link Raster}: zoomed out one disc per host and one line per pair
 * of hosts ({@link HostLinks}); zoomed in the hosts, the pairs on screen (at most {@link #EDGE_BUDGET}, the
 * strongest) and every VM on screen, coloured by load. Runs on the graph's render thread.
 */
final class GraphRaster {
    /** Most pairs drawn in one frame; beyond it the strongest win and the view says how many were left out. */
    static final int EDGE_BUDGET = 6000;
    private static final int BACKGROUND = Raster.argb(Color.rgb(251, 252, 253));
    private static final int HOST_FILL = Raster.argb(Color.rgb(238, 242, 246));
    private static final int HOST_EDGE = Raster.argb(Color.rgb(176, 186, 197));
    private static final int MAINTENANCE_FILL = Raster.argb(Color.rgb(253, 243, 230));
    private static final int MAINTENANCE = Raster.argb(AffinityColors.MAINTENANCE);
    private static final int OUTLINE = Raster.argb(Color.rgb(70, 80, 92));
    private static final int POSITIVE = Raster.argb(AffinityColors.POSITIVE);
    private static final int NEGATIVE = Raster.argb(AffinityColors.NEGATIVE);
    private static final int SELECTION = Raster.argb(AffinityColors.SELECTION);
    private static final int[] LOAD = new int[AffinityColors.loadBands() + 1];

    static {
        for (int b = -1; b < AffinityColors.loadBands(); b++) {
            LOAD[b + 1] = Raster.argb(AffinityColors.loadColor(b));
        }
    }

    private GraphRaster() {
    }

    /** What a painted frame tells the labels drawn over it. */
    record Painted(int omittedPairs, HostLinks links) {
    }

    /** Paints the frame. */
    static Painted paint(Raster r, FrameRequest f, HostLinks.Cache cache) {
        r.clear(BACKGROUND);
        if (f.scene().hostCount() == 0) {
            return new Painted(0, null);
        }
        GraphViewport.Detail detail = f.view().detail();
        HostLinks links = detail.compareTo(GraphViewport.Detail.VMS) <= 0 ? cache.of(f.scene(), f.threshold(), f.filter()) : null;
        if (detail == GraphViewport.Detail.HOSTS) {
            paintByHost(r, f, links);
            return new Painted(0, links);
        }
        paintHosts(r, f);
        if (links != null) {
            paintBundles(r, f, links);
        }
        int omitted = paintEdges(r, f, links != null);
        paintVms(r, f);
        return new Painted(omitted, links);
    }

    /** One line per pair of hosts, rim to rim, as wide as the number of strong pairs between them. */
    private static void paintBundles(Raster r, FrameRequest f, HostLinks links) {
        GraphScene s = f.scene();
        GraphViewport v = f.view();
        int hosts = s.hostCount();
        float fade = f.selected() >= 0 ? 0.3f : 1f;
        links.between.forEach((key, counts) -> {
            int a = (int) (key / hosts);
            int b = (int) (key % hosts);
            double dx = s.hostX[b] - s.hostX[a];
            double dy = s.hostY[b] - s.hostY[a];
            double len = Math.hypot(dx, dy);
            if (len <= s.hostR[a] + s.hostR[b]) {
                return;
            }
            double ux = dx / len;
            double uy = dy / len;
            r.line(v.toScreenX(s.hostX[a] + ux * s.hostR[a]), v.toScreenY(s.hostY[a] + uy * s.hostR[a]),
                    v.toScreenX(s.hostX[b] - ux * s.hostR[b]), v.toScreenY(s.hostY[b] - uy * s.hostR[b]),
                    bundleWidth(counts), counts[1] > counts[0] ? NEGATIVE : POSITIVE, 0.5f * fade);
        });
    }

    private static double bundleWidth(int[] counts) {
        return Math.min(3.5, 0.8 + 0.6 * log2(1 + counts[0] + counts[1]));
    }

    private static void paintByHost(Raster r, FrameRequest f, HostLinks links) {
        GraphScene s = f.scene();
        GraphViewport v = f.view();
        int hosts = s.hostCount();
        links.between.forEach((key, counts) -> {
            int a = (int) (key / hosts);
            int b = (int) (key % hosts);
            r.line(v.toScreenX(s.hostX[a]), v.toScreenY(s.hostY[a]), v.toScreenX(s.hostX[b]), v.toScreenY(s.hostY[b]),
                    bundleWidth(counts), counts[1] > counts[0] ? NEGATIVE : POSITIVE, 0.45f);
        });
        int selectedHost = f.selected() >= 0 ? s.vmHost[f.selected()] : -1;
        for (int h = 0; h < hosts; h++) {
            double rad = Math.max(3, s.hostR[h] * v.scale());
            if (!v.onScreen(s.hostX[h], s.hostY[h], rad)) {
                continue;
            }
            double x = v.toScreenX(s.hostX[h]);
            double y = v.toScreenY(s.hostY[h]);
            r.disc(x, y, rad, LOAD[AffinityColors.loadBand(links.meanLoad[h]) + 1], 1f);
            int conflicts = links.insideNegative[h];
            int edge = s.hostMaintenance[h] ? MAINTENANCE : conflicts > 0 ? NEGATIVE : OUTLINE;
            r.ring(x, y, rad, conflicts > 0 ? 1 + log2(1 + conflicts) : 1, edge, 0.9f, s.hostMaintenance[h]);
            if (h == selectedHost) {
                r.ring(x, y, rad + 3, 3, SELECTION, 1f, false);
            }
        }
    }

    private static void paintHosts(Raster r, FrameRequest f) {
        GraphScene s = f.scene();
        GraphViewport v = f.view();
        for (int h = 0; h < s.hostCount(); h++) {
            double rad = s.hostR[h] * v.scale();
            if (!v.onScreen(s.hostX[h], s.hostY[h], rad)) {
                continue;
            }
            double x = v.toScreenX(s.hostX[h]);
            double y = v.toScreenY(s.hostY[h]);
            boolean maintenance = s.hostMaintenance[h];
            r.disc(x, y, rad, maintenance ? MAINTENANCE_FILL : HOST_FILL, 1f);
            r.ring(x, y, rad, maintenance ? 1.5 : 1, maintenance ? MAINTENANCE : HOST_EDGE, 1f, maintenance);
        }
    }

    /**
     * Pairs weakest first so the strongest end on top; with a selection the rest fade and its own pairs,
     * across hosts too, are drawn on top. {@code insideOnly} leaves pairs across hosts to the bundles.
     */
    private static int paintEdges(Raster r, FrameRequest f, boolean insideOnly) {
        GraphScene s = f.scene();
        GraphViewport v = f.view();
        int limit = s.edgesAtLeast(f.threshold());
        int[] shown = new int[Math.min(limit, EDGE_BUDGET)];
        int count = 0;
        int omitted = 0;
        for (int e = 0; e < limit; e++) {
            if (!f.filter().keeps(s.edgeScore[e]) || insideOnly && !s.edgeCoLocated[e] || offScreen(v, s, e)) {
                continue;
            }
            if (count < shown.length) {
                shown[count++] = e;
            } else {
                omitted++;
            }
        }
        float fade = f.selected() >= 0 ? 0.3f : 1f;
        // Strength relative to the strongest pair, so a pool whose affinities stay small still shows contrast.
        double top = s.edgeCount() == 0 ? 1 : Math.abs(s.edgeScore[0]);
        for (int k = count - 1; k >= 0; k--) {
            int e = shown[k];
            double strength = Math.min(1, (Math.abs(s.edgeScore[e]) - f.threshold()) / Math.max(1e-6, top - f.threshold()));
            drawEdge(r, v, s, e, strength > 0.66 ? 2 : 1, fade * (float) (0.3 + 0.6 * strength));
        }
        int sel = f.selected();
        if (sel >= 0) {
            for (int k = s.adjStart[sel]; k < s.adjStart[sel + 1]; k++) {
                int e = s.adjEdge[k];
                if (Math.abs(s.edgeScore[e]) >= f.threshold() && f.filter().keeps(s.edgeScore[e])) {
                    drawEdge(r, v, s, e, 2.5, 0.95f);
                }
            }
        }
        return omitted;
    }

    private static void drawEdge(Raster r, GraphViewport v, GraphScene s, int e, double width, float alpha) {
        int a = s.edgeA[e];
        int b = s.edgeB[e];
        r.line(v.toScreenX(s.x[a]), v.toScreenY(s.y[a]), v.toScreenX(s.x[b]), v.toScreenY(s.y[b]), width,
                s.edgeScore[e] < 0 ? NEGATIVE : POSITIVE, alpha);
    }

    private static boolean offScreen(GraphViewport v, GraphScene s, int e) {
        double x1 = v.toScreenX(s.x[s.edgeA[e]]);
        double y1 = v.toScreenY(s.y[s.edgeA[e]]);
        double x2 = v.toScreenX(s.x[s.edgeB[e]]);
        double y2 = v.toScreenY(s.y[s.edgeB[e]]);
        return x1 < 0 && x2 < 0 || y1 < 0 && y2 < 0 || x1 > v.width() && x2 > v.width() || y1 > v.height() && y2 > v.height();
    }

    private static void paintVms(Raster r, FrameRequest f) {
        GraphScene s = f.scene();
        GraphViewport v = f.view();
        double rad = vmRadius(v);
        double outline = rad >= 4 ? 0.9 : rad >= 2.5 ? 0.5 : 0;
        for (int i = 0; i < s.vmCount(); i++) {
            if (v.onScreen(s.x[i], s.y[i], rad + 2)) {
                r.dot(v.toScreenX(s.x[i]), v.toScreenY(s.y[i]), rad, LOAD[AffinityColors.loadBand(s.load[i]) + 1], OUTLINE,
                        outline, 1f);
            }
        }
        int sel = f.selected();
        if (sel < 0) {
            return;
        }
        for (int k = s.adjStart[sel]; k < s.adjStart[sel + 1]; k++) {
            int e = s.adjEdge[k];
            if (Math.abs(s.edgeScore[e]) >= f.threshold() && f.filter().keeps(s.edgeScore[e])) {
                int other = s.edgeA[e] == sel ? s.edgeB[e] : s.edgeA[e];
                r.ring(v.toScreenX(s.x[other]), v.toScreenY(s.y[other]), rad + 1.5, 2, s.edgeScore[e] < 0 ? NEGATIVE : POSITIVE,
                        1f, false);
            }
        }
        r.ring(v.toScreenX(s.x[sel]), v.toScreenY(s.y[sel]), rad + 2.5, 3.5, SELECTION, 1f, false);
    }

    /** A VM's disc radius in pixels at this zoom. */
    static double vmRadius(GraphViewport v) {
        return Math.max(1.5, Math.min(14, 0.33 * HostGroupedLayout.SPACING * v.scale()));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
