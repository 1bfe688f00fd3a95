package dev.harmony.viz.whatif;

import dev.harmony.engine.whatif.ScenarioComparison;
import java.util.List;
import java.util.Locale;

/**
 * One figure of scenario A beside scenario B.
 *
 * @param label  what it is, with its unit, e.g. {@code Lowest pool health (points)}
 * @param a      A's value
 * @param b      B's value
 * @param better   {@code A}, {@code B} or {@code same}
 * @param decimals how many decimals the values are shown with (none for counts)
 */
public record ComparisonRow(String label, double a, double b, String better, int decimals) {

    /** The rows of a comparison, in its order; counts without decimals, points with one. */
    static List<ComparisonRow> of(ScenarioComparison c) {
        return c.figures().stream().map(f -> new ComparisonRow(WhatIfText.figure(f), f.first(), f.second(), WhatIfText.better(f),
                f.unit().equals("count") ? 0 : f.unit().equals("points") ? 1 : 2)).toList();
    }

    public String aText() {
        return text(a);
    }

    public String bText() {
        return text(b);
    }

    /** B − A, signed. */
    public String deltaText() {
        return Double.isNaN(b - a) ? "–" : String.format(Locale.ROOT, "%+." + decimals + "f", b - a);
    }

    private String text(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
