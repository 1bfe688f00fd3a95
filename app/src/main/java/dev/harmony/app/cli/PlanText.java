package dev.harmony.app.cli;

import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.Move;
import dev.harmony.engine.planner.PlanOutcome;
import dev.harmony.engine.planner.PlanReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** The text form of {@code harmony plan}: what was considered, the moves batch by batch with their reasons, and notes. */
final class PlanText {
    private PlanText() {
    }

    static void print(PrintWriter out, PlanOutcome.Planned planned, Path file) {
        MigrationPlan plan = planned.plan();
        summary(out, planned);
        for (Move m : plan.movesInOrder()) {
            out.printf(Locale.ROOT, "  %s %s %-8s %s → %s  gain %+.2f  %.0f s  %s risk%n", m.id(), m.batch(), m.vm(), m.from(),
                    m.to(), m.predictedGain(), m.cost(), m.risk().code());
            out.println("      " + m.reason());
        }
        plan.notes().stream().filter(n -> !n.startsWith("predicted affinity: ")).forEach(n -> out.println("  note: " + n));
        if (file != null) {
            out.println("Written to " + file + "; run it with: harmony execute --plan " + file + " --approve-by NAME");
        }
        out.flush();
    }

    static void summary(PrintWriter out, PlanOutcome.Planned planned) {
        MigrationPlan plan = planned.plan();
        PlanReport r = planned.report();
        out.printf(Locale.ROOT, "Plan %s (%s) for %s at %s%n", plan.id(), r.policy(), plan.source(), plan.createdAt());
        out.printf(Locale.ROOT, "  candidates: %d VMs, %d co-located pairs below the threshold, %d hosts over headroom%s%n",
                r.candidateVms(), r.candidatePairs(), r.hotHosts().size(),
                r.hotHosts().isEmpty() ? "" : " (" + String.join("; ", r.hotHosts()) + ")");
        out.println("  predicted affinity: " + planned.report().affinity());
        out.printf(Locale.ROOT, "  optimisation: %s → %s in %.1f s; %d move(s) proposed, %d dropped by the impact check%n",
                r.scoreBefore(), r.scoreAfter(), r.solveTime().toMillis() / 1000.0, r.proposed(), r.dropped().size());
        out.printf(Locale.ROOT, "  predicted pool health over the next 24 h: %s → %s; %d move(s) in %d batch(es); planned in %.1f s%n",
                fmt(plan.healthBefore()), fmt(plan.healthAfter()), plan.moves().size(), plan.batches().size(),
                r.totalTime().toMillis() / 1000.0);
        out.flush();
    }

    private static String fmt(Double d) {
        return d == null ? "n/a" : String.format(Locale.ROOT, "%.2f", d);
    }
}
