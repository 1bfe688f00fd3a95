package dev.harmony.engine.execution;

import dev.harmony.engine.audit.AuditAction;
import dev.harmony.engine.plan.Move;
import java.util.List;
import java.util.Map;

/**
 * The per-move journal of plan runs. Every write is committed, flushed and audited before it returns,
 * so what it says survives a crash of the process that wrote it.
 */
public interface ExecutionJournal {

    /** Adds a {@link MoveState#PENDING} row for each approved move that has none; returns every row of the plan. */
    List<JournalEntry> open(String planId, List<Move> approvedMoves);

    /** The plan's rows, by move id. */
    List<JournalEntry> entries(String planId);

    /**
     * Records the intent to issue the move now. Refuses, with nothing written, a move the plan's recorded
     * approval does not name or a plan that is not executing: the last gate before the connector is asked.
     *
     * @return the row, {@link MoveState#INTENDED}, with its attempt counted
     */
    JournalEntry recordIntent(String planId, String moveId, String actor);

    /** Notes the connector's task id of the current attempt (not audited: the intent and result are). */
    void recordTask(String planId, String moveId, String taskId);

    /**
     * Records what became of a move, with its audit entry.
     *
     * @param state   the new state; {@link MoveState#PENDING} when it will be tried again
     * @param detail  reason, read-back or connector message, stored and audited
     * @param action  the audit action, e.g. {@link AuditAction#MOVE_RESULT}
     * @param extra   more audit details
     */
    JournalEntry record(String planId, String moveId, MoveState state, String detail, String actor, AuditAction action,
            Map<String, ?> extra);

    /** Cancels every pending move of the plan in one transaction; returns those cancelled. */
    List<JournalEntry> cancelPending(String planId, String reason, String actor);

    /** An audit entry about the run that changes no row, e.g. that an interrupted run was found. */
    void note(String actor, AuditAction action, Map<String, ?> payload);
}
