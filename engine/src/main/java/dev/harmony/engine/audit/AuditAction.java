package dev.harmony.engine.audit;

import java.util.Locale;

/** What an audit entry records; stored as the lower-case name with dashes, e.g. {@code move-intent}. */
public enum AuditAction {
    PLAN_PROPOSED,
    PLAN_UNDER_REVIEW,
    PLAN_APPROVED,
    PLAN_SCHEDULED,
    PLAN_SUPERSEDED,
    PLAN_STATUS_CHANGED,
    EXECUTION_STARTED,
    EXECUTION_RECOVERED,
    EXECUTION_PAUSED,
    EXECUTION_RESUMED,
    EXECUTION_CANCELLED,
    EXECUTION_FINISHED,
    MOVE_INTENT,
    MOVE_RESULT,
    MOVE_SKIPPED,
    MOVE_RECONCILED,
    MOVE_CANCELLED;

    /** The name as stored, e.g. {@code move-intent}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The action with this stored name. */
    public static AuditAction ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
