package dev.harmony.engine.forecast;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Held-out evaluation of forecasters on many VMs: for each origin, the data before it trains, the
 * {@code horizon} after it is scored; MASE per VM, resource and origin, then summarised per resource.
 */
final class EvaluationTable {
    /**
     * One forecaster's figures for one resource.
     *
     * @param forecaster  forecaster name
     * @param resource    resource
     * @param series      scored (VM, origin) series
     * @param meanMase    mean MASE
     * @param medianMase  median MASE
     * @param winRate     share of series where this forecaster's MAE is below the weekly seasonal-naive's
     * @param p95Coverage share of actual values at or below the P95
     */
    record Row(String forecaster, Resource resource, int series, double meanMase, double medianMase, double winRate,
               double p95Coverage) {
        String format() {
            return String.format(Locale.ROOT, "| %-18s | %-7s | %5d | %5.3f | %5.3f | %5.1f %% | %5.1f %% |", forecaster,
                    resource.key(), series, meanMase, medianMase, 100 * winRate, 100 * p95Coverage);
        }
    }

    private final List<VmDemand> demands;
    private final List<Instant> origins;
    private final Duration horizon;

    EvaluationTable(List<VmDemand> demands, List<Instant> origins, Duration horizon) {
        this.demands = demands;
        this.origins = origins;
        this.horizon = horizon;
    }

    /** Rows for each forecaster and resource, the weekly seasonal-naive forecast serving as the reference for wins. */
    List<Row> rows(List<DemandForecaster> forecasters) {
        SeasonalNaiveForecaster reference = SeasonalNaiveForecaster.weekly();
        ForecastEvaluation evaluation = ForecastEvaluation.daily();
        List<Row> rows = new ArrayList<>();
        for (DemandForecaster f : forecasters) {
            for (Resource r : Resource.values()) {
                List<Double> values = new ArrayList<>();
                int wins = 0;
                long covered = 0;
                long points = 0;
                for (VmDemand d : demands) {
                    for (Instant origin : origins) {
                        int cut = (int) (Duration.between(d.start(), origin).getSeconds() / d.step().getSeconds());
                        int n = (int) (horizon.getSeconds() / d.step().getSeconds());
                        float[] all = d.values(r);
                        SeriesHistory training = new SeriesHistory(d.start(), d.step(), Arrays.copyOf(all, cut));
                        float[] actual = Arrays.copyOfRange(all, cut, cut + n);
                        ForecastHorizon h = new ForecastHorizon(origin, n);
                        ForecastScore s = evaluation.score(training, actual, f.forecast(training, h));
                        ForecastScore ref = evaluation.score(training, actual, reference.forecast(training, h));
                        if (!s.usable() || !ref.usable() || Double.isNaN(s.mase())) {
                            continue;
                        }
                        values.add(s.mase());
                        wins += s.mae() < ref.mae() ? 1 : 0;
                        covered += Math.round(s.p95Coverage() * s.points());
                        points += s.points();
                    }
                }
                double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                double mean = Arrays.stream(sorted).average().orElse(Double.NaN);
                double median = sorted.length == 0 ? Double.NaN
                        : (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2;
                rows.add(new Row(f.name(), r, sorted.length, mean, median, sorted.length == 0 ? 0 : (double) wins / sorted.length,
                        points == 0 ? Double.NaN : (double) covered / points));
            }
        }
        return rows;
    }

    static String header() {
        return "| forecaster         | resource | series | mean MASE | median MASE | beats weekly naive | P95 coverage |\n"
                + "|---|---|---:|---:|---:|---:|---:|";
    }
}
