package dev.harmony.viz.whatif;

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
