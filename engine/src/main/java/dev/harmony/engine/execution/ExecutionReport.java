package dev.harmony.engine.execution;

import dev.harmony.engine.plan.PlanStatus;
import java.util.List;
import java.util.Objects;

/**
 * How a run ended.
 *
 * @param planId      the plan
 * @param status      the plan's status afterwards: paused, succeeded, partly failed or cancelled
 * @param moves       the journal's row for each approved move, in plan order
 * @param notApproved ids of the plan's moves the approval left out (never executed)
 * @param message     why it paused or what went wrong; empty after a clean end
 */
public record ExecutionReport(String planId, PlanStatus status, List<JournalEntry> moves, List<String> notApproved, String message) {
    public ExecutionReport {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(status, "status");
        moves = List.copyOf(moves);
        notApproved = List.copyOf(notApproved);
        message = message == null ? "" : message;
    }

    public long count(MoveState state) {
        return moves.stream().filter(m -> m.state() == state).count();
    }
}
