package dev.harmony.engine.whatif;

import java.util.Objects;

/**
 * One figure of two runs side by side.
 *
 * @param name         what it is, e.g. {@code min_pool_health}
 * @param unit         its unit, e.g. {@code points}, {@code count}, {@code h}
 * @param first        the first run's value
 * @param second       the second run's value
 * @param higherBetter whether a larger value is the better one
 */
public record ComparedFigure(String name, String unit, double first, double second, boolean higherBetter) {
    public ComparedFigure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
    }

    /** {@code second − first}. */
    public double delta() {
        return second - first;
    }

    /** {@code first}, {@code second} or {@code same}: which run does better on this figure. */
    public String better() {
        if (Math.abs(delta()) < 1e-9 || Double.isNaN(delta())) {
            return "same";
        }
        return (delta() > 0) == higherBetter ? "second" : "first";
    }
}
