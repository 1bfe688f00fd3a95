package dev.harmony.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The table of {@code docs/forecast-evaluation.md}: the demo lab's 120 real Bitbrains VMs, trained up to
 * day 14 and day 21 of the month and scored on the held-out days after, for a one-day and a seven-day horizon.
 */
class BitbrainsForecastEvaluationTest {
    private static final List<Instant> ORIGINS = List.of(LabBundleTraces.GRID_START.plus(Duration.ofDays(14)),
            LabBundleTraces.GRID_START.plus(Duration.ofDays(21)));
    private static List<VmDemand> demands;

    @BeforeAll
    static void readBundle() {
        demands = LabBundleTraces.readAll();
    }

    @Test
    void seasonalProfileBeatsWeeklySeasonalNaiveOnHeldOutWeek() {
        assertBeatsWeeklyNaive(Duration.ofDays(7));
    }

    @Test
    void seasonalProfileBeatsWeeklySeasonalNaiveOnHeldOutDay() {
        assertBeatsWeeklyNaive(Duration.ofDays(1));
    }

    private void assertBeatsWeeklyNaive(Duration horizon) {
        assertThat(demands).hasSize(120);
        SeasonalForecaster seasonal = new SeasonalForecaster(SeasonalOptions.defaults());
        List<DemandForecaster> forecasters = List.of(seasonal,
                renamed("seasonal-weekday-1", new SeasonalForecaster(SeasonalOptions.defaults().withWeeklyWeight(1))),
                SeasonalNaiveForecaster.weekly(), SeasonalNaiveForecaster.daily());
        List<EvaluationTable.Row> rows = new EvaluationTable(demands, ORIGINS, horizon).rows(forecasters);
        StringBuilder table = new StringBuilder(EvaluationTable.header());
        rows.forEach(r -> table.append('\n').append(r.format()));
        ForecastFigures.log().info("forecast evaluation, horizon {}, origins {}:\n{}", horizon, ORIGINS, table);

        Map<Resource, EvaluationTable.Row> ours = byResource(rows, seasonal.name());
        Map<Resource, EvaluationTable.Row> naive = byResource(rows, SeasonalNaiveForecaster.weekly().name());
        for (Resource r : Resource.values()) {
            assertThat(ours.get(r).meanMase()).as("mean MASE " + r).isLessThan(naive.get(r).meanMase());
            assertThat(ours.get(r).medianMase()).as("median MASE " + r).isLessThan(naive.get(r).medianMase());
            assertThat(ours.get(r).winRate()).as("wins " + r).isGreaterThan(0.7);
            assertThat(ours.get(r).p95Coverage()).as("P95 coverage " + r).isBetween(0.88, 0.99);
        }
    }

    private static Map<Resource, EvaluationTable.Row> byResource(List<EvaluationTable.Row> rows, String name) {
        return rows.stream().filter(r -> r.forecaster().equals(name))
                .collect(Collectors.toMap(EvaluationTable.Row::resource, Function.identity()));
    }

    private static DemandForecaster renamed(String name, DemandForecaster f) {
        return new DemandForecaster() {
            @Override
            public SeriesForecast forecast(SeriesHistory history, ForecastHorizon horizon) {
                return f.forecast(history, horizon);
            }

            @Override
            public String name() {
                return name;
            }
        };
    }
}
