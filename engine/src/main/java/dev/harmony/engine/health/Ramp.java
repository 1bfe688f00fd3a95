package dev.harmony.engine.health;

/** The piecewise-linear maps the health formula is built from. */
final class Ramp {
    private Ramp() {
    }

    /** 0 at or below {@code from}, 1 at or above {@code to}, linear between; {@code from < to}. */
    static double up(double x, double from, double to) {
        if (!(x > from)) {
            return 0;
        }
        return x >= to ? 1 : (x - from) / (to - from);
    }

    /** Root mean square of the values; 0 for none. */
    static double rms(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        return Math.sqrt(sum / values.length);
    }
}
