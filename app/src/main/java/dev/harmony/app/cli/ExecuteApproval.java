package dev.harmony.app.cli;

import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.PlanLifecycle;
import dev.harmony.engine.plan.PlanStatus;
import dev.harmony.engine.plan.ScheduleWindow;
import dev.harmony.engine.plan.StoredPlan;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Takes a plan file's plan as far as {@code harmony execute} needs: stored, under review, approved by the
 * person named, scheduled for the next 24 hours. Each step happens once; a plan stored earlier must be
 * the same plan, and an approval already given is not changed.
 */
final class ExecuteApproval {
    static final Duration WINDOW = Duration.ofHours(24);
    private final PlanLifecycle plans;
    private final String approver;
    private final String comment;
    private final PrintWriter err;

    ExecuteApproval(PlanLifecycle plans, String approver, String comment, PrintWriter err) {
        this.plans = plans;
        this.approver = approver;
        this.comment = comment;
        this.err = err;
    }

    /** @param chosen the moves to approve; empty for all */
    void bringToRun(MigrationPlan plan, Set<String> chosen) {
        StoredPlan sp = plans.find(plan.id()).orElse(null);
        if (sp == null) {
            sp = plans.propose(plan, approver);
        } else if (!sp.plan().equals(plan)) {
            throw new UserError("a different plan with id " + plan.id() + " is already in the store (" + sp.status().label()
                    + "); give the changed plan a new id");
        }
        if (sp.status().isFinished()) {
            throw new UserError("plan " + plan.id() + " is already " + sp.status().label() + "; nothing to run"
                    + " (`harmony audit log --plan " + plan.id() + "` shows what happened)");
        }
        if (sp.status() == PlanStatus.PROPOSED) {
            sp = plans.submitForReview(plan.id(), approver);
        }
        if (sp.status() == PlanStatus.UNDER_REVIEW) {
            sp = plans.approve(plan.id(), approver, comment, chosen);
        } else if (!chosen.isEmpty() && !sp.approval().orElseThrow().moveIds().equals(Set.copyOf(chosen))) {
            throw new UserError("plan " + plan.id() + " was approved by " + sp.approval().get().approvedBy() + " for moves "
                    + String.join(", ", sp.approval().get().moveIds()) + "; --moves cannot change an approval");
        } else {
            err.println("harmony: plan " + plan.id() + " was approved by " + sp.approval().orElseThrow().approvedBy() + " at "
                    + sp.approval().get().approvedAt() + "; continuing it (" + sp.status().label() + ")");
            err.flush();
        }
        if (sp.status() == PlanStatus.APPROVED) {
            Instant now = Instant.now();
            plans.schedule(plan.id(), new ScheduleWindow(now.minusSeconds(1), now.plus(WINDOW)), approver);
        }
    }
}
