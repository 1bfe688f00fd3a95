package dev.harmony.engine.plan;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A person's approval of a plan, whole or in part. Only the moves it names may ever execute.
 *
 * @param planId     the plan
 * @param approvedBy who approved, as they sign
 * @param approvedAt when
 * @param comment    what they said, empty when nothing
 * @param moveIds    the approved moves, at least one
 */
public record Approval(String planId, String approvedBy, Instant approvedAt, String comment, Set<String> moveIds) {
    public Approval {
        PlanChecks.id(planId, "/plan", "approval: plan id");
        if (approvedBy == null || approvedBy.isBlank()) {
            throw new IllegalArgumentException("an approval of plan " + planId + " must name who approves");
        }
        Objects.requireNonNull(approvedAt, "approvedAt");
        comment = comment == null ? "" : comment;
        if (moveIds == null || moveIds.isEmpty()) {
            throw new IllegalArgumentException("an approval of plan " + planId + " must name at least one move");
        }
        SortedSet<String> copy = new TreeSet<>(moveIds);
        moveIds = java.util.Collections.unmodifiableSortedSet(copy);
    }

    public boolean covers(String moveId) {
        return moveIds.contains(moveId);
    }
}
