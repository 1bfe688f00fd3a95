package dev.harmony.engine.forecast;

/**
 * How well one forecast matched what happened, over the intervals where the actual value was measured.
 *
 * @param points      intervals scored
 * @param mae         mean absolute error of the P50, in the series' unit
 * @param scale       mean absolute one-day change within the training history (the in-sample error of
 *                    the daily seasonal-naive forecast); 0 for a series that never changed
 * @param mase        {@code mae / scale}: below 1 beats the in-sample daily seasonal-naive error; NaN when scale is 0
 * @param p95Coverage share of actual values at or below the P95, ideally about 0.95
 */
public record ForecastScore(int points, double mae, double scale, double mase, double p95Coverage) {
    public ForecastScore {
        if (points < 0) {
            throw new IllegalArgumentException("points must not be negative, was " + points);
        }
    }

    /** Whether the score means something: some points, and a history that changed. */
    public boolean usable() {
        return points > 0 && scale > 0;
    }
}
