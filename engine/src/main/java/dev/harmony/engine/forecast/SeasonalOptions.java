package dev.harmony.engine.forecast;

/**
 * Settings of {@link SeasonalForecaster}; {@code docs/forecast-evaluation.md} gives the measured
 * effect of the defaults.
 *
 * @param trainingDays     days of history used, the most recent ones, at least 1
 * @param trendDays        recent days whose daily medians give the Theil–Sen trend; below 3 usable days there is none
 * @param levelDays        recent days whose detrended daily medians give the level, at least 1
 * @param trendCapDays     days past the history's end after which the trend stops growing, at least 0
 * @param weeklyWeight     weight λ ∈ [0, 1] of the day-of-week offsets added to the hour-of-day profile
 * @param residualDays     recent days whose residuals give the P50 and P95 offsets, at least 1
 * @param residualByHour   whether residual quantiles are taken per hour of the day rather than over all hours
 * @param minDayCoverage   share of a day's hours that must hold a value for the day to count, in [0, 1]
 */
public record SeasonalOptions(int trainingDays, int trendDays, int levelDays, double trendCapDays, double weeklyWeight,
                              int residualDays, boolean residualByHour, double minDayCoverage) {
    public SeasonalOptions {
        if (trainingDays < 1 || levelDays < 1 || residualDays < 1 || trendDays < 0) {
            throw new IllegalArgumentException("training, level and residual days must be at least 1, trend days at least 0: "
                    + trainingDays + ", " + levelDays + ", " + residualDays + ", " + trendDays);
        }
        if (!(trendCapDays >= 0) || Double.isInfinite(trendCapDays)) {
            throw new IllegalArgumentException("trendCapDays must be finite and not negative, was " + trendCapDays);
        }
        if (!(weeklyWeight >= 0 && weeklyWeight <= 1)) {
            throw new IllegalArgumentException("weeklyWeight must be within [0, 1], was " + weeklyWeight);
        }
        if (!(minDayCoverage >= 0 && minDayCoverage <= 1)) {
            throw new IllegalArgumentException("minDayCoverage must be within [0, 1], was " + minDayCoverage);
        }
    }

    /**
     * The defaults chosen on the bundled Bitbrains month (docs/forecast-evaluation.md): four weeks of
     * training, a 14-day trend held flat two days past the history, the level of the last 7 days, P95
     * spreads per hour from the last 14 days, and no weekday offsets, which did not carry over from week
     * to week there.
     */
    public static SeasonalOptions defaults() {
        return new SeasonalOptions(28, 14, 7, 2, 0, 14, true, 0.5);
    }

    public SeasonalOptions withTrainingDays(int days) {
        return new SeasonalOptions(days, trendDays, levelDays, trendCapDays, weeklyWeight, residualDays, residualByHour,
                minDayCoverage);
    }

    public SeasonalOptions withTrendDays(int days) {
        return new SeasonalOptions(trainingDays, days, levelDays, trendCapDays, weeklyWeight, residualDays, residualByHour,
                minDayCoverage);
    }

    public SeasonalOptions withWeeklyWeight(double weight) {
        return new SeasonalOptions(trainingDays, trendDays, levelDays, trendCapDays, weight, residualDays, residualByHour,
                minDayCoverage);
    }

    public SeasonalOptions withLevelDays(int days) {
        return new SeasonalOptions(trainingDays, trendDays, days, trendCapDays, weeklyWeight, residualDays, residualByHour,
                minDayCoverage);
    }

    public SeasonalOptions withResidualByHour(boolean byHour) {
        return new SeasonalOptions(trainingDays, trendDays, levelDays, trendCapDays, weeklyWeight, residualDays, byHour,
                minDayCoverage);
    }

    public SeasonalOptions withTrendCapDays(double days) {
        return new SeasonalOptions(trainingDays, trendDays, levelDays, days, weeklyWeight, residualDays, residualByHour,
                minDayCoverage);
    }
}
