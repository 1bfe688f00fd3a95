package dev.harmony.engine.plan;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a plan is in its life. Proposed → under review → approved (all moves or a chosen subset) →
 * scheduled (a window) → executing ⇄ paused → succeeded, partly failed or cancelled; an open plan is
 * superseded when a newer one replaces it. {@link #next()} says which changes are legal.
 */
public enum PlanStatus {
    PROPOSED,
    UNDER_REVIEW,
    APPROVED,
    SCHEDULED,
    EXECUTING,
    /** Executing, but no move starts until it is resumed: asked for, or stopped by a failed move. */
    PAUSED,
    /** Every approved move was done. */
    SUCCEEDED,
    /** The run ended with at least one approved move failed or skipped. */
    PARTLY_FAILED,
    CANCELLED,
    SUPERSEDED;

    /** The statuses this one may change to; empty for a finished plan. */
    public Set<PlanStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(UNDER_REVIEW, CANCELLED, SUPERSEDED);
            case UNDER_REVIEW -> EnumSet.of(APPROVED, CANCELLED, SUPERSEDED);
            case APPROVED -> EnumSet.of(SCHEDULED, CANCELLED, SUPERSEDED);
            case SCHEDULED -> EnumSet.of(EXECUTING, CANCELLED, SUPERSEDED);
            case EXECUTING -> EnumSet.of(PAUSED, SUCCEEDED, PARTLY_FAILED, CANCELLED);
            case PAUSED -> EnumSet.of(EXECUTING, CANCELLED);
            case SUCCEEDED, PARTLY_FAILED, CANCELLED, SUPERSEDED -> EnumSet.noneOf(PlanStatus.class);
        };
    }

    public boolean canBecome(PlanStatus target) {
        return next().contains(target);
    }

    public boolean isFinished() {
        return next().isEmpty();
    }

    /** Lower case with spaces, for messages: {@code under review}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
