package dev.harmony.engine.whatif;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.simulation.SimulationSummary;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Two scenario runs over the same horizon, figure by figure.
 *
 * @param first   the first scenario's name
 * @param second  the second's
 * @param start   the common horizon's start
 * @param end     its end
 * @param figures the figures, in a fixed order
 */
public record ScenarioComparison(String first, String second, Instant start, Instant end, List<ComparedFigure> figures) {
    public ScenarioComparison {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        figures = List.copyOf(figures);
    }

    /**
     * Compares two runs.
     *
     * @throws ScenarioException when their horizons differ, which would make every figure meaningless
     */
    public static ScenarioComparison of(ScenarioOutcome a, ScenarioOutcome b) {
        var ra = a.result();
        var rb = b.result();
        if (!ra.start().equals(rb.start()) || !ra.end().equals(rb.end()) || !ra.step().equals(rb.step())) {
            throw new ScenarioException("", "baseline", "scenarios '" + a.scenario().name() + "' (" + ra.start() + " .. " + ra.end()
                    + ") and '" + b.scenario().name() + "' (" + rb.start() + " .. " + rb.end()
                    + ") cover different horizons; give both the same baseline start and horizon to compare them");
        }
        SimulationSummary x = ra.summary();
        SimulationSummary y = rb.summary();
        return new ScenarioComparison(a.scenario().name(), b.scenario().name(), ra.start(), ra.end(), List.of(
                new ComparedFigure("min_pool_health", "points", x.minPoolHealth(), y.minPoolHealth(), true),
                new ComparedFigure("mean_pool_health", "points", x.meanPoolHealth(), y.meanPoolHealth(), true),
                new ComparedFigure("end_pool_health", "points", x.endPoolHealth(), y.endPoolHealth(), true),
                new ComparedFigure("contention_events", "count", x.contentionEvents(), y.contentionEvents(), false),
                new ComparedFigure("contended_time", "h", x.contendedTime().toMinutes() / 60.0, y.contendedTime().toMinutes() / 60.0, false),
                new ComparedFigure("migrations_done", "count", x.migrationsDone(), y.migrationsDone(), false),
                new ComparedFigure("reactive_migrations", "count", x.migrationsReactive(), y.migrationsReactive(), false),
                new ComparedFigure("migrations_skipped", "count", x.migrationsSkipped(), y.migrationsSkipped(), false),
                new ComparedFigure("migration_time", "min", x.migrationTime().toSeconds() / 60.0, y.migrationTime().toSeconds() / 60.0, false),
                new ComparedFigure("migrated_memory", "GiB", x.transferredGib(), y.transferredGib(), false),
                new ComparedFigure("peak_cpu_utilisation", "share", x.peakUtilisation().get(Resource.CPU),
                        y.peakUtilisation().get(Resource.CPU), false),
                new ComparedFigure("peak_memory_utilisation", "share", x.peakUtilisation().get(Resource.MEMORY),
                        y.peakUtilisation().get(Resource.MEMORY), false)));
    }
}
