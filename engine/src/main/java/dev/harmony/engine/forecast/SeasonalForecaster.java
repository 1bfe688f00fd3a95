package dev.harmony.engine.forecast;

import java.util.Arrays;
import java.util.Objects;

/**
 * Daily and weekly seasonality, trend, and empirical residual quantiles
 * ({@code docs/forecast-evaluation.md} has the measured accuracy):
 * <ol>
 *   <li>hourly means of the last {@code trainingDays}, and their median per day;</li>
 *   <li>a Theil–Sen slope through the recent daily medians (none below three usable days);</li>
 *   <li>an hour-of-day profile, the median of the detrended hourly means per hour, and day-of-week
 *       offsets, the median detrended daily median per weekday shrunk by its own spread, added with
 *       weight {@code weeklyWeight};</li>
 *   <li>the level, the median residual of the last {@code levelDays}; P50 = level + trend + profile;</li>
 *   <li>P95 = P50 + the 95th percentile of the recent residuals above their median, per hour of the day
 *       when {@code residualByHour}; both floored at 0.</li>
 * </ol>
 * The trend is extrapolated for at most {@code trendCapDays} past the history. Stateless and thread-safe.
 */
public final class SeasonalForecaster implements DemandForecaster {
    private final SeasonalOptions options;

    public SeasonalForecaster(SeasonalOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public SeasonalOptions options() {
        return options;
    }

    @Override
    public SeriesForecast forecast(SeriesHistory history, ForecastHorizon horizon) {
        horizon.offsetFrom(history);
        long step = history.step().getSeconds();
        float[] p50 = new float[horizon.intervals()];
        float[] p95 = new float[horizon.intervals()];
        SeasonalFit fit = new SeasonalFit(options);
        if (fit.fit(history.raw(), history.start().getEpochSecond(), step)) {
            fit.fill(horizon.start().getEpochSecond(), step, history.end().getEpochSecond(), p50, p95);
        } else {
            Arrays.fill(p50, Float.NaN);
            Arrays.fill(p95, Float.NaN);
        }
        return new SeriesForecast(horizon.start(), history.step(), p50, p95);
    }

    @Override
    public String name() {
        return "seasonal-profile";
    }
}
