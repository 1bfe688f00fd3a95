package dev.harmony.app.cli;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.health.HealthReport;
import dev.harmony.engine.health.PointsLost;
import dev.harmony.engine.simulation.HostTimeline;
import dev.harmony.engine.simulation.MigrationOutcome;
import dev.harmony.engine.simulation.SimulationResult;
import dev.harmony.engine.simulation.SimulationSummary;
import dev.harmony.engine.whatif.ComparedFigure;
import dev.harmony.engine.whatif.ScenarioComparison;
import dev.harmony.engine.whatif.ScenarioOutcome;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Locale;

/** The text {@code harmony simulate} prints for people: health per window, hosts, migrations, and the comparison. */
final class ScenarioTextReport {
    private static final int LISTED_MIGRATIONS = 10;

    private ScenarioTextReport() {
    }

    static void print(PrintWriter out, ScenarioOutcome o, String file) {
        SimulationResult r = o.result();
        SimulationSummary s = r.summary();
        out.printf(Locale.ROOT, "Scenario %s (%s)%n", o.scenario().name(), file);
        out.printf(Locale.ROOT, "  %s, %s demand, %s → %s, %d steps of %d s%n", o.scenario().baseline().lab(),
                o.scenario().baseline().demand().name().toLowerCase(Locale.ROOT), r.start(), r.end(), r.intervals(),
                r.step().getSeconds());
        o.applied().forEach(line -> out.println("  · " + line));
        out.printf(Locale.ROOT, "Pool health  min %.1f, mean %.1f, end %.1f%n", s.minPoolHealth(), s.meanPoolHealth(), s.endPoolHealth());
        for (HealthReport h : r.health()) {
            StringBuilder lost = new StringBuilder();
            for (PointsLost p : h.pool().breakdown()) {
                lost.append(String.format(Locale.ROOT, " %s %s", p.component().name().toLowerCase(Locale.ROOT),
                        p.assessed() ? String.format(Locale.ROOT, "-%.1f", p.points()) : "n/a"));
            }
            out.printf(Locale.ROOT, "  %s  %5.1f %s%n", h.at(), h.pool().index(), lost);
        }
        out.println("Hosts        peak CPU  mean CPU  peak memory");
        for (HostTimeline h : r.hosts()) {
            out.printf(Locale.ROOT, "  %-10s %7.0f %% %7.0f %% %9.0f %%%n", h.hostId(), 100 * h.peakUtilisation(Resource.CPU),
                    100 * h.meanUtilisation(Resource.CPU), 100 * h.peakUtilisation(Resource.MEMORY));
        }
        out.printf(Locale.ROOT, "Contention   %d events, %.1f h%n", s.contentionEvents(), s.contendedTime().toMinutes() / 60.0);
        out.printf(Locale.ROOT, "Migrations   %d done (%d reactive), %d skipped, %.1f min in all, %.1f GiB sent%n",
                s.migrationsDone(), s.migrationsReactive(), s.migrationsSkipped(), s.migrationTime().toSeconds() / 60.0,
                s.transferredGib());
        r.migrations().stream().filter(m -> m.cost().isPresent())
                .sorted(Comparator.comparing((MigrationOutcome m) -> m.cost().orElseThrow().duration()).reversed())
                .limit(LISTED_MIGRATIONS)
                .forEach(m -> out.printf(Locale.ROOT, "  %-9s %-10s %s → %s at %s: %.1f s, stun %.2f s, %d rounds%n",
                        m.kind().name().toLowerCase(Locale.ROOT), m.vmId(), m.source(), m.target().orElse("?"),
                        m.startedAt().orElseThrow(), m.cost().orElseThrow().duration().toMillis() / 1000.0,
                        m.cost().orElseThrow().stun().toMillis() / 1000.0, m.cost().orElseThrow().rounds()));
        r.migrations().stream().filter(m -> m.skipped().isPresent()).limit(LISTED_MIGRATIONS)
                .forEach(m -> out.printf(Locale.ROOT, "  skipped   %-10s %s%n", m.vmId(), m.skipped().orElseThrow()));
        out.flush();
    }

    static void print(PrintWriter out, ScenarioComparison c) {
        out.printf(Locale.ROOT, "Comparison  %s vs %s, %s → %s%n", c.first(), c.second(), c.start(), c.end());
        out.printf(Locale.ROOT, "  %-26s %12s %12s %12s  %s%n", "figure", c.first(), c.second(), "delta", "better");
        for (ComparedFigure f : c.figures()) {
            out.printf(Locale.ROOT, "  %-26s %12.2f %12.2f %+12.2f  %s%n", f.name() + " [" + f.unit() + "]", f.first(), f.second(),
                    f.delta(), f.better());
        }
        out.flush();
    }
}
