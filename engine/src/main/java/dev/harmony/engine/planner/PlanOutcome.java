package dev.harmony.engine.planner;

import dev.harmony.engine.plan.MigrationPlan;
import java.util.List;
import java.util.Objects;

/** What a planner gives: a plan with how it came about, or what blocks one. Never a silently partial plan. */
public sealed interface PlanOutcome permits PlanOutcome.Planned, PlanOutcome.Blocked {

    /**
     * A plan (possibly with no move, when nothing helps).
     *
     * @param plan   the plan
     * @param report how it came about
     */
    record Planned(MigrationPlan plan, PlanReport report) implements PlanOutcome {
        public Planned {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(report, "report");
        }
    }

    /**
     * No plan, and why.
     *
     * @param blockers what blocks it, at least one
     */
    record Blocked(List<Blocker> blockers) implements PlanOutcome {
        public Blocked {
            blockers = List.copyOf(blockers);
            if (blockers.isEmpty()) {
                throw new IllegalArgumentException("a blocked outcome names at least one blocker");
            }
        }
    }
}
