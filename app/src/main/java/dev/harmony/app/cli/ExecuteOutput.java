package dev.harmony.app.cli;

import dev.harmony.engine.audit.AuditVerification;
import dev.harmony.engine.execution.DryRun;
import dev.harmony.engine.execution.ExecutionReport;
import dev.harmony.engine.execution.JournalEntry;
import dev.harmony.engine.execution.PlanSimulation;
import dev.harmony.engine.plan.MigrationPlan;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The result of {@code harmony execute} as text or as JSON ({@code harmony.execute/1}, docs/execution.md). */
final class ExecuteOutput {
    private ExecuteOutput() {
    }

    static Map<String, Object> json(MigrationPlan plan, String approvedBy, ExecutionReport report, AuditVerification audit) {
        Map<String, Object> doc = head(plan, false);
        doc.put("status", report.status().name().toLowerCase(Locale.ROOT));
        doc.put("approved_by", approvedBy);
        doc.put("message", report.message());
        List<Map<String, Object>> moves = new ArrayList<>();
        for (JournalEntry e : report.moves()) {
            Map<String, Object> m = move(e.moveId(), e.vm(), e.from(), e.to());
            m.put("state", e.state().name().toLowerCase(Locale.ROOT));
            m.put("attempts", e.attempts());
            m.put("detail", e.detail());
            moves.add(m);
        }
        doc.put("moves", moves);
        doc.put("not_approved", report.notApproved());
        Map<String, Object> trail = new LinkedHashMap<>();
        trail.put("entries", audit.entries());
        trail.put("intact", audit.intact());
        trail.put("last_hash", audit.lastHash());
        doc.put("audit", trail);
        return doc;
    }

    static Map<String, Object> json(MigrationPlan plan, DryRun.Report report) {
        Map<String, Object> doc = head(plan, true);
        doc.put("status", report.wouldRun() == report.verdicts().size() ? "would_succeed" : "would_partly_fail");
        doc.put("checked_against", report.connector() + " (its current state)");
        Map<String, PlanSimulation.MoveForecast> simulated = new LinkedHashMap<>();
        report.forecast().ifPresent(f -> f.moves().forEach(m -> simulated.put(m.moveId(), m)));
        List<Map<String, Object>> moves = new ArrayList<>();
        for (DryRun.Verdict v : report.verdicts()) {
            Map<String, Object> m = move(v.move().id(), v.move().vm(), v.move().from(), v.move().to());
            m.put("state", v.wouldRun() ? "would_run" : "would_skip");
            m.put("detail", v.reason());
            PlanSimulation.MoveForecast f = simulated.get(v.move().id());
            if (f != null) {
                Map<String, Object> sim = new LinkedHashMap<>();
                sim.put("completes", f.completes());
                sim.put("duration_s", seconds(f.duration()));
                sim.put("stun_s", seconds(f.stun()));
                sim.put("note", f.note());
                m.put("simulated", sim);
            }
            moves.add(m);
        }
        doc.put("moves", moves);
        doc.put("not_approved", report.notChosen());
        doc.put("forecast", report.forecast().map(ExecuteOutput::forecast).orElse(null));
        return doc;
    }

    static void text(PrintWriter out, MigrationPlan plan, ExecutionReport report, AuditVerification audit) {
        out.printf(Locale.ROOT, "Plan %s on %s: %s%n", plan.id(), plan.source(), report.status().label());
        for (JournalEntry e : report.moves()) {
            out.printf(Locale.ROOT, "  %-6s %-10s %-8s → %-8s %-9s %s%n", e.moveId(), e.vm(), e.from(), e.to(),
                    e.state().name().toLowerCase(Locale.ROOT), e.detail());
        }
        if (!report.notApproved().isEmpty()) {
            out.println("  not approved, not run: " + String.join(", ", report.notApproved()));
        }
        if (!report.message().isEmpty()) {
            out.println(report.message());
        }
        out.printf(Locale.ROOT, "Audit trail: %d entries, %s%n", audit.entries(), audit.intact() ? "chain verifies"
                : "BROKEN: " + audit.problem());
        out.flush();
    }

    static void text(PrintWriter out, MigrationPlan plan, DryRun.Report report) {
        out.printf(Locale.ROOT, "Dry run of plan %s against the current state of %s (nothing moved, nothing stored)%n",
                plan.id(), report.connector());
        Map<String, PlanSimulation.MoveForecast> simulated = new LinkedHashMap<>();
        report.forecast().ifPresent(f -> f.moves().forEach(m -> simulated.put(m.moveId(), m)));
        for (DryRun.Verdict v : report.verdicts()) {
            PlanSimulation.MoveForecast f = simulated.get(v.move().id());
            String detail = !v.wouldRun() ? v.reason() : f == null ? "" : f.completes()
                    ? String.format(Locale.ROOT, "simulated: %.1f s, stun %.2f s", seconds(f.duration()), seconds(f.stun()))
                    : "simulated: does not complete (" + f.note() + ")";
            out.printf(Locale.ROOT, "  %-6s %-10s %-8s → %-8s %-10s %s%n", v.move().id(), v.move().vm(), v.move().from(),
                    v.move().to(), v.wouldRun() ? "would run" : "would skip", detail);
        }
        if (!report.notChosen().isEmpty()) {
            out.println("  not chosen: " + String.join(", ", report.notChosen()));
        }
        out.printf(Locale.ROOT, "%d of %d moves would run%n", report.wouldRun(), report.verdicts().size());
        report.forecast().ifPresentOrElse(f -> out.printf(Locale.ROOT, "Simulated on the demand of %s .. %s: mean pool health %.1f"
                + " without the moves, %.1f with them; contention events %d → %d%n", f.demandFrom(), f.demandTo(), f.healthBefore(),
                f.healthAfter(), f.contentionBefore(), f.contentionAfter()),
                () -> out.println("Not simulated: the source has no recorded demand to replay, or no move would run."));
        out.flush();
    }

    private static Map<String, Object> forecast(PlanSimulation.Forecast f) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("demand_from", f.demandFrom().toString());
        doc.put("demand_to", f.demandTo().toString());
        doc.put("health_before", round(f.healthBefore()));
        doc.put("health_after", round(f.healthAfter()));
        doc.put("contention_events_before", f.contentionBefore());
        doc.put("contention_events_after", f.contentionAfter());
        return doc;
    }

    private static double seconds(java.time.Duration d) {
        return round(d.toNanos() / 1e9);
    }

    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 100) / 100.0 : v;
    }

    private static Map<String, Object> head(MigrationPlan plan, boolean dryRun) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", "harmony.execute/1");
        doc.put("plan", plan.id());
        doc.put("source", plan.source());
        doc.put("dry_run", dryRun);
        return doc;
    }

    private static Map<String, Object> move(String id, String vm, String from, String to) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("vm", vm);
        m.put("from", from);
        m.put("to", to);
        return m;
    }
}
