package dev.harmony.app.cli;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.health.Culprit;
import dev.harmony.engine.health.HealthReport;
import dev.harmony.engine.health.PointsLost;
import dev.harmony.engine.simulation.ContentionEvent;
import dev.harmony.engine.simulation.HostTimeline;
import dev.harmony.engine.simulation.MigrationOutcome;
import dev.harmony.engine.simulation.SimulationResult;
import dev.harmony.engine.simulation.SimulationSummary;
import dev.harmony.engine.whatif.ComparedFigure;
import dev.harmony.engine.whatif.ScenarioComparison;
import dev.harmony.engine.whatif.ScenarioOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The documented JSON of {@code harmony simulate} (docs/scenarios.md, schema {@code harmony.simulation/1}). */
final class ScenarioJsonReport {
    private ScenarioJsonReport() {
    }

    static Map<String, Object> of(List<ScenarioOutcome> runs, List<String> files, ScenarioComparison comparison) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", "harmony.simulation/1");
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            out.add(run(runs.get(i), files.get(i)));
        }
        doc.put("runs", out);
        doc.put("comparison", comparison == null ? null : comparison(comparison));
        return doc;
    }

    private static Map<String, Object> run(ScenarioOutcome o, String file) {
        SimulationResult r = o.result();
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("name", o.scenario().name());
        run.put("file", file);
        run.put("lab", o.scenario().baseline().lab());
        run.put("demand", o.scenario().baseline().demand().name().toLowerCase(Locale.ROOT));
        run.put("start", r.start().toString());
        run.put("end", r.end().toString());
        run.put("step_s", r.step().getSeconds());
        run.put("applied", o.applied());
        run.put("summary", summary(r.summary()));
        run.put("health", r.health().stream().map(ScenarioJsonReport::health).toList());
        run.put("hosts", r.hosts().stream().map(ScenarioJsonReport::host).toList());
        run.put("contention", r.contention().stream().map(ScenarioJsonReport::contention).toList());
        run.put("migrations", r.migrations().stream().map(ScenarioJsonReport::migration).toList());
        return run;
    }

    private static Map<String, Object> summary(SimulationSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("min_pool_health", s.minPoolHealth());
        m.put("mean_pool_health", s.meanPoolHealth());
        m.put("end_pool_health", s.endPoolHealth());
        m.put("contention_events", s.contentionEvents());
        m.put("contended_s", s.contendedTime().getSeconds());
        m.put("migrations_done", s.migrationsDone());
        m.put("migrations_reactive", s.migrationsReactive());
        m.put("migrations_skipped", s.migrationsSkipped());
        m.put("migration_s", s.migrationTime().toMillis() / 1000.0);
        m.put("migrated_gib", s.transferredGib());
        Map<String, Object> peak = new LinkedHashMap<>();
        s.peakUtilisation().forEach((r, v) -> peak.put(r.key(), v));
        m.put("peak_utilisation", peak);
        return m;
    }

    private static Map<String, Object> health(HealthReport h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", h.at().toString());
        m.put("pool", h.pool().index());
        m.put("breakdown", h.pool().breakdown().stream().map(ScenarioJsonReport::points).toList());
        Map<String, Object> hosts = new LinkedHashMap<>();
        h.hosts().forEach((id, s) -> hosts.put(id, s.index()));
        m.put("hosts", hosts);
        return m;
    }

    private static Map<String, Object> points(PointsLost p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("component", p.component().name().toLowerCase(Locale.ROOT));
        m.put("points_lost", p.points());
        m.put("max_points", p.maxPoints());
        m.put("assessed", p.assessed());
        m.put("measure", Double.isNaN(p.measure()) ? null : p.measure());
        m.put("culprits", p.culprits().stream().map(ScenarioJsonReport::culprit).toList());
        return m;
    }

    private static Map<String, Object> culprit(Culprit c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", c.kind());
        m.put("subject", c.subject());
        m.put("points", c.points());
        m.put("detail", c.detail());
        return m;
    }

    private static Map<String, Object> host(HostTimeline h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.hostId());
        for (Resource r : Resource.values()) {
            m.put("peak_" + r.key(), h.peakUtilisation(r));
            m.put("mean_" + r.key(), h.meanUtilisation(r));
        }
        return m;
    }

    private static Map<String, Object> contention(ContentionEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("host", e.hostId());
        m.put("resource", e.resource().key());
        m.put("start", e.start().toString());
        m.put("end", e.end().toString());
        m.put("peak_utilisation", e.peakUtilisation());
        return m;
    }

    private static Map<String, Object> migration(MigrationOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("vm", o.vmId());
        m.put("kind", o.kind().name().toLowerCase(Locale.ROOT));
        m.put("source", o.source());
        m.put("target", o.target().orElse(null));
        m.put("requested_at", o.requestedAt().toString());
        m.put("started_at", o.startedAt().map(Object::toString).orElse(null));
        m.put("ended_at", o.endedAt().map(Object::toString).orElse(null));
        o.cost().ifPresent(c -> {
            m.put("duration_s", c.duration().toMillis() / 1000.0);
            m.put("stun_s", c.stun().toMillis() / 1000.0);
            m.put("rounds", c.rounds());
            m.put("transferred_mib", c.transferredMib());
            m.put("converged", c.converged());
            m.put("source_extra_cpu_mhz", c.sourceCpuMhz());
            m.put("target_extra_cpu_mhz", c.targetCpuMhz());
        });
        m.put("skipped", o.skipped().orElse(null));
        return m;
    }

    private static Map<String, Object> comparison(ScenarioComparison c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("first", c.first());
        m.put("second", c.second());
        m.put("start", c.start().toString());
        m.put("end", c.end().toString());
        m.put("figures", c.figures().stream().map(ScenarioJsonReport::figure).toList());
        return m;
    }

    private static Map<String, Object> figure(ComparedFigure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("unit", f.unit());
        m.put("first", f.first());
        m.put("second", f.second());
        m.put("delta", f.delta());
        m.put("better", f.better());
        return m;
    }
}
