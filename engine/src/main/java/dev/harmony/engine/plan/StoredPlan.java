package dev.harmony.engine.plan;

import java.util.Objects;
import java.util.Optional;

/**
 * A plan as the store keeps it: the plan, its status, and the approval and schedule once given.
 *
 * @param plan     the plan as proposed (never changed afterwards)
 * @param status   where it is in its life
 * @param approval who approved which moves; empty before approval
 * @param schedule the window it may run in; empty before it is scheduled
 */
public record StoredPlan(MigrationPlan plan, PlanStatus status, Optional<Approval> approval, Optional<ScheduleWindow> schedule) {
    public StoredPlan {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(approval, "approval");
        Objects.requireNonNull(schedule, "schedule");
    }

    public String id() {
        return plan.id();
    }
}
