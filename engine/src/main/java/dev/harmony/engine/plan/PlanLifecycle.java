package dev.harmony.engine.plan;

import dev.harmony.engine.audit.AuditAction;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The life of plans in the store. Every change checks {@link PlanStatus#canBecome} and is written
 * together with its audit entry; an illegal change throws {@link IllegalPlanTransitionException} and
 * changes nothing.
 */
public interface PlanLifecycle {

    /** Stores a new plan as {@link PlanStatus#PROPOSED}; refuses an id already stored. */
    StoredPlan propose(MigrationPlan plan, String actor);

    Optional<StoredPlan> find(String planId);

    /** Every stored plan this lifecycle can read, newest first. */
    List<StoredPlan> list();

    /** Proposed → under review. */
    StoredPlan submitForReview(String planId, String actor);

    /**
     * Under review → approved, for the named moves or, when {@code moveIds} is empty, for all of them.
     *
     * @throws IllegalArgumentException when a named move is not in the plan or the approver is blank
     */
    StoredPlan approve(String planId, String approvedBy, String comment, Set<String> moveIds);

    /** Approved → scheduled to run within the window. */
    StoredPlan schedule(String planId, ScheduleWindow window, String actor);

    /** An open plan (not yet executing) → superseded by a newer plan, which must be stored. */
    StoredPlan supersede(String planId, String newerPlanId, String actor);

    /**
     * A plan that has not started → cancelled. An executing or paused plan is cancelled through its
     * executor, which first settles the moves it issued.
     */
    StoredPlan cancel(String planId, String actor, String reason);

    /**
     * Any legal change, with its audit entry; used by the executor for executing, paused and the end states.
     *
     * @param details extra audit details; the entry always names the plan and both statuses
     */
    StoredPlan changeStatus(String planId, PlanStatus to, String actor, AuditAction action, Map<String, ?> details);
}
