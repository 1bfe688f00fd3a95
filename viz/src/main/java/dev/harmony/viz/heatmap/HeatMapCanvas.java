package dev.harmony.viz.heatmap;

import dev.harmony.viz.graph.AffinityColors;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link HeatMapData}: one pixel per cell in an image scaled up without smoothing (so a thousand
 * rows cost one image, not a million rectangles), row and column names where they fit, and each cell's
 * value once cells are large enough to hold it. Redrawn only when the data or the size changes.
 */
final class HeatMapCanvas extends Region {
    private static final double LABEL_ROOM = 150;
    private static final Font LABEL_FONT = Font.font("DejaVu Sans", 11);
    private static final Font VALUE_FONT = Font.font("DejaVu Sans", 10);
    private final Canvas canvas = new Canvas();
    private HeatMapData data = HeatMapData.empty();
    private WritableImage cells;

    HeatMapCanvas() {
        getChildren().add(canvas);
        setMinSize(200, 200);
    }

    void show(HeatMapData next) {
        data = next;
        int n = next.size();
        cells = n == 0 ? null : new WritableImage(n, n);
        if (cells != null) {
            PixelWriter w = cells.getPixelWriter();
            double range = next.range();
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) {
                    w.setColor(c, r, AffinityColors.affinity(next.value(r, c) / range));
                }
            }
        }
        draw();
    }

    /** The row and column under a point, or {-1, -1}. */
    int[] cellAt(double x, double y) {
        double size = cellSize();
        int c = (int) Math.floor((x - LABEL_ROOM) / size);
        int r = (int) Math.floor((y - LABEL_ROOM) / size);
        return size > 0 && r >= 0 && c >= 0 && r < data.size() && c < data.size() ? new int[] {r, c} : new int[] {-1, -1};
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }
    }

    private double cellSize() {
        int n = data.size();
        return n == 0 ? 0 : Math.max(0.5, Math.min(60, Math.min(getWidth() - LABEL_ROOM - 8, getHeight() - LABEL_ROOM - 8) / n));
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        int n = data.size();
        if (n == 0) {
            g.setFill(Color.rgb(96, 106, 118));
            g.setFont(LABEL_FONT);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("The heat map appears once the pool's affinity has been computed", getWidth() / 2, getHeight() / 2);
            return;
        }
        double size = cellSize();
        double side = size * n;
        g.setImageSmoothing(false);
        g.drawImage(cells, LABEL_ROOM, LABEL_ROOM, side, side);
        if (size >= 6) {
            g.setStroke(Color.rgb(255, 255, 255, 0.8));
            g.setLineWidth(1);
            for (int k = 0; k <= n; k++) {
                g.strokeLine(LABEL_ROOM, LABEL_ROOM + k * size, LABEL_ROOM + side, LABEL_ROOM + k * size);
                g.strokeLine(LABEL_ROOM + k * size, LABEL_ROOM, LABEL_ROOM + k * size, LABEL_ROOM + side);
            }
        }
        if (size >= 9) {
            labels(g, size);
        }
        if (size >= 34) {
            g.setFont(VALUE_FONT);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            double range = data.range();
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) {
                    float v = data.value(r, c);
                    if (!Float.isNaN(v)) {
                        g.setFill(AffinityColors.textOn(v / range));
                        g.fillText(value(v), LABEL_ROOM + (c + 0.5) * size, LABEL_ROOM + (r + 0.5) * size);
                    }
                }
            }
        }
        g.setStroke(Color.rgb(176, 186, 197));
        g.strokeRect(LABEL_ROOM - 0.5, LABEL_ROOM - 0.5, side + 1, side + 1);
    }

    private void labels(GraphicsContext g, double size) {
        g.setFont(LABEL_FONT);
        g.setFill(Color.rgb(33, 41, 51));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (int r = 0; r < data.size(); r++) {
            g.fillText(clip(data.labels().get(r)), LABEL_ROOM - 6, LABEL_ROOM + (r + 0.5) * size);
        }
        g.setTextAlign(TextAlignment.LEFT);
        for (int c = 0; c < data.size(); c++) {
            g.save();
            g.translate(LABEL_ROOM + (c + 0.5) * size, LABEL_ROOM - 6);
            g.rotate(-60);
            g.fillText(clip(data.labels().get(c)), 0, 0);
            g.restore();
        }
    }

    /** Two decimals, and a plain 0 rather than a signed zero. */
    static String value(float v) {
        return Math.abs(v) < 0.005 ? "0" : String.format(Locale.ROOT, "%+.2f", v);
    }

    private static String clip(String label) {
        return label.length() > 22 ? label.substring(0, 21) + "…" : label;
    }
}
