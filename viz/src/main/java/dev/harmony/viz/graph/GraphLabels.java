package dev.harmony.viz.graph;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The text over a painted frame, drawn on the FX thread with the frame's own viewport so it stays on its
 * discs while the view pans: host names (and, zoomed out, VM and conflict counts), VM names when zoomed
 * in, and a note when the pair budget left pairs out.
 */
final class GraphLabels {
    private static final Color TEXT = Color.rgb(33, 41, 51);
    private static final Color SOFT_TEXT = Color.rgb(84, 94, 106);
    private static final Color HALO = Color.rgb(251, 252, 253, 0.85);
    private static final Font HOST_FONT = Font.font("DejaVu Sans", FontWeight.BOLD, 12);
    private static final Font SMALL_FONT = Font.font("DejaVu Sans", 10.5);

    private GraphLabels() {
    }

    static void draw(GraphicsContext g, FrameRequest f, GraphRaster.Painted painted) {
        GraphScene s = f.scene();
        GraphViewport v = f.view();
        g.clearRect(0, 0, v.width(), v.height());
        g.setTextAlign(TextAlignment.CENTER);
        if (s.hostCount() == 0) {
            text(g, "The graph appears once the pool's affinity has been computed", v.width() / 2, v.height() / 2, HOST_FONT,
                    SOFT_TEXT, VPos.CENTER, false);
            return;
        }
        boolean counts = painted.links() != null;
        for (int h = 0; h < s.hostCount(); h++) {
            double rad = Math.max(3, s.hostR[h] * v.scale());
            double room = 2 * (s.hostR[h] + HostGroupedLayout.SPACING) * v.scale();
            if (!v.onScreen(s.hostX[h], s.hostY[h], rad + 20)) {
                continue;
            }
            double x = v.toScreenX(s.hostX[h]);
            double y = v.toScreenY(s.hostY[h]);
            String name = s.hostNames[h];
            String withState = name + (s.hostMaintenance[h] ? " (maintenance)" : "");
            int conflicts = counts ? painted.links().insideNegative[h] : 0;
            String full = withState + (counts ? " · " + s.vmsByHost[h].length + " VMs" : "")
                    + (conflicts > 0 ? " · " + conflicts + " conflicts" : "");
            String shown = room >= 7.3 * full.length() ? full : room >= 7.3 * withState.length() ? withState
                    : room >= 7.3 * name.length() ? name : null;
            if (shown != null) {
                text(g, shown, x, y - rad - 4, HOST_FONT, s.hostMaintenance[h] ? AffinityColors.MAINTENANCE.darker() : TEXT,
                        VPos.BOTTOM, true);
            }
        }
        if (v.detail() == GraphViewport.Detail.LABELS) {
            double rad = GraphRaster.vmRadius(v);
            for (int i = 0; i < s.vmCount(); i++) {
                if (v.onScreen(s.x[i], s.y[i], 40)) {
                    text(g, s.vmNames[i], v.toScreenX(s.x[i]), v.toScreenY(s.y[i]) + rad + 1, SMALL_FONT, SOFT_TEXT, VPos.TOP, false);
                }
            }
        }
        if (painted.omittedPairs() > 0) {
            g.setTextAlign(TextAlignment.LEFT);
            text(g, String.format(Locale.ROOT, "The %,d strongest pairs on screen are drawn, %,d weaker ones are not:"
                    + " raise the threshold or zoom in", GraphRaster.EDGE_BUDGET, painted.omittedPairs()), 8, v.height() - 8,
                    SMALL_FONT, TEXT, VPos.BOTTOM, true);
        }
    }

    private static void text(GraphicsContext g, String text, double x, double y, Font font, Color color, VPos baseline,
                             boolean halo) {
        g.setFont(font);
        g.setTextBaseline(baseline);
        if (halo) {
            // A plain backdrop: stroking glyph outlines for a halo costs the software renderer far more.
            double w = text.length() * font.getSize() * 0.62;
            double h = font.getSize() + 3;
            double left = g.getTextAlign() == TextAlignment.CENTER ? x - w / 2 : x;
            double top = baseline == VPos.BOTTOM ? y - h : baseline == VPos.TOP ? y : y - h / 2;
            g.setFill(HALO);
            g.fillRect(left - 2, top, w + 4, h);
        }
        g.setFill(color);
        g.fillText(text, x, y);
    }
}
