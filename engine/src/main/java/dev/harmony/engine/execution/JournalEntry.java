package dev.harmony.engine.execution;

import java.time.Instant;
import java.util.Objects;

/**
 * The journal's row for one approved move.
 *
 * @param planId    the plan
 * @param moveId    the move
 * @param vm        the VM
 * @param from      the planned source host
 * @param to        the planned target host
 * @param state     where the move is
 * @param attempts  how many times its intent was recorded (0 before the first)
 * @param taskId    the connector's task id of the last attempt; empty when none is known
 * @param detail    the last thing learnt: a reason, a read-back, a connector message
 * @param updatedAt when the row last changed
 */
public record JournalEntry(String planId, String moveId, String vm, String from, String to, MoveState state, int attempts,
        String taskId, String detail, Instant updatedAt) {
    public JournalEntry {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(moveId, "moveId");
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(state, "state");
        taskId = taskId == null ? "" : taskId;
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
