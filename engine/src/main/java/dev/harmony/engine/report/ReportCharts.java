package dev.harmony.engine.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The report's charts, laid out once and drawn on any {@link ChartCanvas}: pool health over the replayed
 * horizon before and after the plan, and each host's mean CPU and memory utilisation before and after.
 * Colours are told apart by lightness as well as hue, and "before" is dashed, so a greyscale print reads.
 */
public final class ReportCharts {
    /** Colour of "before" data. */
    public static final String BEFORE = "#8c8c8c";
    /** Colour of "after" data. */
    public static final String AFTER = "#1f5fa8";
    private static final String INK = "#222222";
    private static final String GRID = "#dddddd";
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final double LEFT = 44;
    private static final double TOP = 22;
    private static final double BOTTOM = 34;
    private static final double RIGHT = 12;

    private ReportCharts() {
    }

    /** Health index (0..100 axis, zoomed to the data) per window, before dashed grey, after solid blue. */
    public static void health(ChartCanvas c, double width, double height, HealthOutlook outlook) {
        HealthSeries before = outlook.before();
        HealthSeries after = outlook.after();
        double lo = Math.max(0, Math.floor(Math.min(before.min(), after.min()) / 5) * 5 - 5);
        double hi = Math.min(100, Math.ceil(Math.max(before.max(), after.max()) / 5) * 5 + 5);
        double plotW = width - LEFT - RIGHT;
        double plotH = height - TOP - BOTTOM;
        c.text(LEFT, 14, "Pool health index per window (higher is better)", 10, INK, ChartCanvas.Anchor.START);
        for (int i = 0; i <= 4; i++) {
            double v = lo + (hi - lo) * i / 4;
            double y = TOP + plotH - plotH * i / 4;
            c.line(LEFT, y, LEFT + plotW, y, GRID, 0.5);
            c.text(LEFT - 4, y + 3, String.format(Locale.ROOT, "%.0f", v), 8, INK, ChartCanvas.Anchor.END);
        }
        int n = Math.max(before.values().size(), after.values().size());
        plot(c, before, lo, hi, plotW, plotH, n, BEFORE, true);
        plot(c, after, lo, hi, plotW, plotH, n, AFTER, false);
        c.text(LEFT, height - 18, HOUR.format(before.at().get(0)) + " UTC", 8, INK, ChartCanvas.Anchor.START);
        c.text(LEFT + plotW, height - 18, HOUR.format(before.at().get(before.at().size() - 1)) + " UTC", 8, INK, ChartCanvas.Anchor.END);
        legend(c, width, height, String.format(Locale.ROOT, "before: mean %.1f (min %.1f, max %.1f)", before.mean(), before.min(), before.max()),
                String.format(Locale.ROOT, "after: mean %.1f (min %.1f, max %.1f)", after.mean(), after.min(), after.max()));
    }

    /** Mean CPU and memory utilisation per host, before and after, as grouped bars (0..100 %). */
    public static void hosts(ChartCanvas c, double width, double height, List<HostUse> hosts) {
        double top = hosts.stream().mapToDouble(h -> Math.max(Math.max(h.cpuBefore(), h.cpuAfter()), Math.max(h.memBefore(), h.memAfter())))
                .max().orElse(1);
        double hi = Math.max(1, Math.ceil(top * 4) / 4);
        double plotW = width - LEFT - RIGHT;
        double plotH = height - TOP - BOTTOM;
        c.text(LEFT, 14, "Mean utilisation per host: CPU (left pair), memory (right pair)", 10, INK, ChartCanvas.Anchor.START);
        for (int i = 0; i <= 4; i++) {
            double y = TOP + plotH - plotH * i / 4;
            c.line(LEFT, y, LEFT + plotW, y, GRID, 0.5);
            c.text(LEFT - 4, y + 3, String.format(Locale.ROOT, "%.0f%%", hi * 100 * i / 4), 8, INK, ChartCanvas.Anchor.END);
        }
        double slot = plotW / Math.max(1, hosts.size());
        double bar = Math.min(12, (slot - 6) / 4.5);
        for (int i = 0; i < hosts.size(); i++) {
            HostUse h = hosts.get(i);
            double x = LEFT + i * slot + (slot - 4.5 * bar) / 2;
            double[] values = {h.cpuBefore(), h.cpuAfter(), h.memBefore(), h.memAfter()};
            for (int k = 0; k < 4; k++) {
                double bh = plotH * Math.min(values[k], hi) / hi;
                double bx = x + k * bar + (k >= 2 ? bar / 2 : 0);
                c.rect(bx, TOP + plotH - bh, bar - 1, bh, k % 2 == 0 ? BEFORE : AFTER);
            }
            c.text(LEFT + i * slot + slot / 2, TOP + plotH + 11, h.host(), 8, INK, ChartCanvas.Anchor.MIDDLE);
        }
        legend(c, width, height, "before the plan", "after the plan");
    }

    private static void plot(ChartCanvas c, HealthSeries s, double lo, double hi, double plotW, double plotH, int n, String colour,
            boolean dashed) {
        double[] xs = new double[s.values().size()];
        double[] ys = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = LEFT + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
            ys[i] = TOP + plotH - plotH * (s.values().get(i) - lo) / (hi - lo);
        }
        c.polyline(xs, ys, colour, dashed ? 1.5 : 2, dashed);
    }

    private static void legend(ChartCanvas c, double width, double height, String before, String after) {
        double y = height - 5;
        c.rect(LEFT, y - 7, 14, 6, BEFORE);
        c.text(LEFT + 18, y, before, 8, INK, ChartCanvas.Anchor.START);
        double x = LEFT + (width - LEFT) / 2;
        c.rect(x, y - 7, 14, 6, AFTER);
        c.text(x + 18, y, after, 8, INK, ChartCanvas.Anchor.START);
    }
}
