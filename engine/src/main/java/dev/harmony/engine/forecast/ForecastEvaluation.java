package dev.harmony.engine.forecast;

import java.time.Duration;
import java.util.Objects;

/**
 * Scores a forecast against the held-out actual values with the mean absolute scaled error (MASE,
 * Hyndman and Koehler 2006): the P50's mean absolute error divided by the mean absolute one-season
 * change within the training history, so that scores of series of any size can be averaged.
 */
public final class ForecastEvaluation {
    private final Duration scaleSeason;

    /** @param scaleSeason the season of the scaling naive forecast, usually one day */
    public ForecastEvaluation(Duration scaleSeason) {
        this.scaleSeason = Objects.requireNonNull(scaleSeason, "scaleSeason");
    }

    /** Daily scaling, as {@code docs/forecast-evaluation.md} reports. */
    public static ForecastEvaluation daily() {
        return new ForecastEvaluation(Duration.ofDays(1));
    }

    /**
     * @param training the history the forecast was made from
     * @param actual   what happened, one value per forecast interval, NaN where not measured
     * @param forecast the forecast
     */
    public ForecastScore score(SeriesHistory training, float[] actual, SeriesForecast forecast) {
        if (actual.length != forecast.size()) {
            throw new IllegalArgumentException("actual has " + actual.length + " values, forecast " + forecast.size());
        }
        int points = 0;
        double absError = 0;
        int covered = 0;
        for (int t = 0; t < actual.length; t++) {
            float p50 = forecast.p50At(t);
            if (Float.isNaN(actual[t]) || Float.isNaN(p50)) {
                continue;
            }
            points++;
            absError += Math.abs(actual[t] - p50);
            covered += actual[t] <= forecast.p95At(t) ? 1 : 0;
        }
        double scale = scale(training);
        double mae = points == 0 ? Double.NaN : absError / points;
        return new ForecastScore(points, mae, scale, scale > 0 ? mae / scale : Double.NaN,
                points == 0 ? Double.NaN : (double) covered / points);
    }

    private double scale(SeriesHistory training) {
        long seasonSeconds = scaleSeason.getSeconds();
        long step = training.step().getSeconds();
        if (seasonSeconds % step != 0) {
            throw new IllegalArgumentException("season " + scaleSeason + " is not a whole number of " + training.step() + " steps");
        }
        int m = (int) (seasonSeconds / step);
        float[] x = training.raw();
        double sum = 0;
        int n = 0;
        for (int t = m; t < x.length; t++) {
            if (!Float.isNaN(x[t]) && !Float.isNaN(x[t - m])) {
                sum += Math.abs(x[t] - x[t - m]);
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }
}
