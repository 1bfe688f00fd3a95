package dev.harmony.viz.whatif;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.simulation.HostTimeline;
import dev.harmony.engine.simulation.SimulationResult;
import dev.harmony.engine.simulation.SimulationSummary;
import dev.harmony.engine.whatif.ScenarioOutcome;
import dev.harmony.viz.health.HealthPoint;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A scenario run as the window shows it: the pool's health over the horizon, the headline figures, each
 * host's peak, and what was applied; the engine's outcome is kept for comparisons.
 *
 * @param title   e.g. {@code A · maintenance-and-growth: 2013-07-07 22:00 → 2013-07-09 22:00 UTC}
 * @param health  the pool index per health window, oldest first
 * @param figures headline figures
 * @param hosts   hosts by id
 * @param applied one line per change applied
 * @param outcome the engine's outcome
 */
public record ScenarioResult(String title, List<HealthPoint> health, List<FigureRow> figures, List<HostPeakRow> hosts,
                             List<String> applied, ScenarioOutcome outcome) {
    public ScenarioResult {
        Objects.requireNonNull(title, "title");
        health = List.copyOf(health);
        figures = List.copyOf(figures);
        hosts = List.copyOf(hosts);
        applied = List.copyOf(applied);
        Objects.requireNonNull(outcome, "outcome");
    }

    /** Summarises a run of the scenario in slot {@code slot}. */
    static ScenarioResult of(String slot, ScenarioOutcome o) {
        SimulationResult r = o.result();
        SimulationSummary s = r.summary();
        List<HealthPoint> health = r.health().stream().map(h -> new HealthPoint(h.at(), h.pool().index())).toList();
        List<FigureRow> figures = List.of(
                new FigureRow("Pool health", f("min %.1f · mean %.1f · end %.1f", s.minPoolHealth(), s.meanPoolHealth(), s.endPoolHealth())),
                new FigureRow("Contention", f("%d event(s), %.1f h in all", s.contentionEvents(), s.contendedTime().toMinutes() / 60.0)),
                new FigureRow("Migrations", f("%d done (%d by the balancer), %d skipped", s.migrationsDone(), s.migrationsReactive(),
                        s.migrationsSkipped())),
                new FigureRow("Migration cost", f("%.1f min, %.1f GiB sent", s.migrationTime().toSeconds() / 60.0, s.transferredGib())),
                new FigureRow("Peak utilisation", f("CPU %.0f %% · memory %.0f %% (busiest host)",
                        100 * s.peakUtilisation().getOrDefault(Resource.CPU, 0.0),
                        100 * s.peakUtilisation().getOrDefault(Resource.MEMORY, 0.0))));
        List<HostPeakRow> hosts = r.hosts().stream().map(ScenarioResult::row).toList();
        String title = f("%s · %s: %s → %s, %s demand", slot, o.scenario().name(), WhatIfText.time(r.start()), WhatIfText.time(r.end()),
                o.scenario().baseline().demand().name().toLowerCase(Locale.ROOT));
        return new ScenarioResult(title, health, figures, hosts, o.applied(), o);
    }

    private static HostPeakRow row(HostTimeline h) {
        return new HostPeakRow(h.hostId(), h.peakUtilisation(Resource.CPU), h.meanUtilisation(Resource.CPU),
                h.peakUtilisation(Resource.MEMORY));
    }

    /** The lowest pool index over the horizon, for tests and headlines. */
    public double minHealth() {
        return health.stream().mapToDouble(HealthPoint::index).min().orElse(Double.NaN);
    }


    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
