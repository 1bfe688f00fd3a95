package dev.harmony.engine.execution;

import dev.harmony.engine.plan.Move;
import dev.harmony.engine.plan.PlanStatus;

/**
 * What the executor reports while it runs, for a progress bar or a log. Delivered on the executor's
 * thread; a listener must return quickly and must not throw (what it throws is logged and ignored).
 */
public sealed interface ExecutionEvent {

    String planId();

    /** The run began or resumed; {@code total} approved moves, {@code remaining} still to run. */
    record Started(String planId, int total, int remaining, boolean resumed) implements ExecutionEvent {
    }

    /** A move found in flight by a run that was interrupted, settled against the connector's state. */
    record Reconciled(String planId, Move move, MoveState outcome, String detail) implements ExecutionEvent {
    }

    /** A move was issued to the connector. */
    record MoveStarted(String planId, Move move, int attempt) implements ExecutionEvent {
    }

    /** A running move's progress as the connector reports it, 0..1. */
    record MoveProgress(String planId, Move move, double progress) implements ExecutionEvent {
    }

    /** A move ended: done, failed, skipped, cancelled, or pending again for a retry. */
    record MoveEnded(String planId, Move move, MoveState outcome, String detail) implements ExecutionEvent {
    }

    /** The run stopped starting moves and ended in this status (paused, or a final status). */
    record Stopped(String planId, PlanStatus status, String message) implements ExecutionEvent {
    }
}
