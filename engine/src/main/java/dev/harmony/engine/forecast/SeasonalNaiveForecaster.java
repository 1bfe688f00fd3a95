package dev.harmony.engine.forecast;

import java.time.Duration;
import java.util.Objects;

/**
 * The benchmark every forecast must beat: each interval repeats the value one season earlier (the last
 * measured one, going back season by season, when that is missing). P95 adds the 95th percentile of
 * the history's own one-season changes. Stateless and thread-safe.
 */
public final class SeasonalNaiveForecaster implements DemandForecaster {
    private final Duration season;

    /** @param season the season length, a whole number of the history's steps, e.g. one day or one week */
    public SeasonalNaiveForecaster(Duration season) {
        this.season = Objects.requireNonNull(season, "season");
        if (season.isZero() || season.isNegative()) {
            throw new IllegalArgumentException("season must be positive, was " + season);
        }
    }

    public static SeasonalNaiveForecaster daily() {
        return new SeasonalNaiveForecaster(Duration.ofDays(1));
    }

    public static SeasonalNaiveForecaster weekly() {
        return new SeasonalNaiveForecaster(Duration.ofDays(7));
    }

    @Override
    public SeriesForecast forecast(SeriesHistory history, ForecastHorizon horizon) {
        int offset = horizon.offsetFrom(history);
        int m = lag(history.step());
        float[] x = history.raw();
        float[] p50 = new float[horizon.intervals()];
        float[] p95 = new float[horizon.intervals()];
        float spread = spread(x, m);
        for (int t = 0; t < p50.length; t++) {
            float v = Float.NaN;
            for (int back = offset + t - m; back >= 0 && Float.isNaN(v); back -= m) {
                v = back < x.length ? x[back] : Float.NaN;
            }
            p50[t] = v;
            p95[t] = Float.isNaN(v) ? Float.NaN : v + spread;
        }
        return new SeriesForecast(horizon.start(), history.step(), p50, p95);
    }

    @Override
    public String name() {
        return "seasonal-naive-" + season.toDays() + "d";
    }

    /** The season in steps of the history's grid. */
    int lag(Duration step) {
        if (season.getSeconds() % step.getSeconds() != 0) {
            throw new IllegalArgumentException("season " + season + " is not a whole number of " + step + " steps");
        }
        return (int) (season.getSeconds() / step.getSeconds());
    }

    /** 95th percentile of the positive and negative one-season changes, at least 0; 0 when there are none. */
    private static float spread(float[] x, int m) {
        float[] changes = new float[Math.max(0, x.length - m)];
        int n = 0;
        for (int t = m; t < x.length; t++) {
            if (!Float.isNaN(x[t]) && !Float.isNaN(x[t - m])) {
                changes[n++] = x[t] - x[t - m];
            }
        }
        return n == 0 ? 0 : Math.max(0, Quantiles.of(changes, n, 0.95));
    }
}
