package dev.harmony.engine.plan;

import java.util.Objects;

/**
 * One VM migration of a plan.
 *
 * @param id            unique within the plan, e.g. {@code m07}; approvals name moves by it
 * @param vm            the VM to move
 * @param from          the host the VM is expected on when the move starts
 * @param to            the host to move it to
 * @param reason        why, in a sentence a planner can check (the pairs and scores behind it)
 * @param predictedGain predicted improvement of the pool's health index, in index points (may be negative for a staging step)
 * @param cost          predicted cost of the migration in seconds of live-migration time
 * @param risk          how likely the move is to disturb the workload
 * @param batch         id of the batch the move belongs to
 * @param order         the move's position in the whole plan, from 1; moves start in this order
 */
public record Move(String id, String vm, String from, String to, String reason, double predictedGain, double cost,
        Risk risk, String batch, int order) {

    public Move {
        PlanChecks.id(id, "/id", "move id");
        PlanChecks.id(vm, "/vm", "move " + id + ": vm");
        PlanChecks.id(from, "/from", "move " + id + ": from");
        PlanChecks.id(to, "/to", "move " + id + ": to");
        if (from.equals(to)) {
            throw new PlanValidationException("/to", "move " + id + ": from and to are the same host '" + to + "'");
        }
        reason = Objects.requireNonNullElse(reason, "");
        PlanChecks.finite(predictedGain, "/predicted_gain", "move " + id + ": predicted_gain");
        PlanChecks.finite(cost, "/cost", "move " + id + ": cost");
        if (cost < 0) {
            throw new PlanValidationException("/cost", "move " + id + ": cost must not be negative, was " + cost);
        }
        if (risk == null) {
            throw new PlanValidationException("/risk", "move " + id + ": risk must be low, medium or high");
        }
        PlanChecks.id(batch, "/batch", "move " + id + ": batch");
        if (order < 1) {
            throw new PlanValidationException("/order", "move " + id + ": order must be 1 or more, was " + order);
        }
    }

    /** A short form for messages, e.g. {@code m03 (vm-17: host-02 → host-05)}. */
    public String describe() {
        return id + " (" + vm + ": " + from + " → " + to + ")";
    }
}
