package dev.harmony.engine.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the store knows of a plan's execution.
 *
 * @param approvedBy  who approved; empty when not approved
 * @param approvedAt  when; null when not approved
 * @param comment     the approval comment
 * @param approvedMoves the approved move ids
 * @param auditIntact whether the whole audit chain verified
 * @param audit       the plan's audit entries, oldest first, at most {@link #AUDIT_LINES}
 * @param auditTotal  how many audit entries name the plan
 */
public record ExecutionSummary(String approvedBy, Instant approvedAt, String comment, List<String> approvedMoves,
        boolean auditIntact, List<AuditLine> audit, int auditTotal) {
    /** How many audit entries a report quotes. */
    public static final int AUDIT_LINES = 40;

    public ExecutionSummary {
        Objects.requireNonNull(approvedBy, "approvedBy");
        comment = comment == null ? "" : comment;
        approvedMoves = List.copyOf(approvedMoves);
        audit = List.copyOf(audit);
    }

    /**
     * One audit entry as quoted.
     *
     * @param seq    position in the chain
     * @param at     when
     * @param actor  who
     * @param action what
     * @param detail the payload, shortened
     */
    public record AuditLine(long seq, Instant at, String actor, String action, String detail) {
    }
}
