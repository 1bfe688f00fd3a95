package dev.harmony.engine.report;

import java.util.Objects;

/**
 * One step of the rollback plan: a move undone, the VM sent back to the host it left.
 *
 * @param order  the step's position, from 1
 * @param undoes the id of the move it undoes
 * @param vm     the VM
 * @param from   the host the move sent it to
 * @param to     the host it came from
 * @param batch  the rollback batch, e.g. {@code r1}; batches undo the plan's batches last first
 * @param caution what to check before this step, e.g. that its host has left maintenance; empty when nothing
 */
public record RollbackStep(int order, String undoes, String vm, String from, String to, String batch, String caution) {
    public RollbackStep {
        Objects.requireNonNull(undoes, "undoes");
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(batch, "batch");
        caution = caution == null ? "" : caution;
    }
}
