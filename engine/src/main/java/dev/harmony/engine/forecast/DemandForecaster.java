package dev.harmony.engine.forecast;

/** Forecasts one demand series from its past: a P50 and a P95 for each interval of a horizon. */
public interface DemandForecaster {
    /**
     * @param history the past on a regular grid, NaN where nothing was measured
     * @param horizon the intervals to forecast, on the history's grid, starting at or after its end
     * @return one P50 and one P95 per horizon interval, in the history's unit; NaN throughout when the
     *         history holds no measured value
     */
    SeriesForecast forecast(SeriesHistory history, ForecastHorizon horizon);

    /** A short name for tables and logs, e.g. {@code seasonal-profile}. */
    String name();
}
