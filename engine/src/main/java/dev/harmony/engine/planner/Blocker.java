package dev.harmony.engine.planner;

import java.util.Objects;

/**
 * What keeps the planner from making a plan, named so that a person can act on it.
 *
 * @param kind    the kind of problem
 * @param subject the rule, host or VM at fault, e.g. {@code anti-affinity-g3} or {@code host-04}
 * @param message one plain sentence saying what blocks the plan and why
 */
public record Blocker(Kind kind, String subject, String message) {
    /** The kinds of problem that block a plan. */
    public enum Kind {
        /** No host, or no VM, to plan for. */
        EMPTY_POOL,
        /** A VM needs more than any host in service can give. */
        VM_TOO_LARGE,
        /** Must-rules that no placement can satisfy together. */
        CONTRADICTORY_RULES,
        /** The rules and capacities leave no placement, or the solver found none that does not break one. */
        NO_FEASIBLE_PLACEMENT,
        /** The moves cannot be ordered without overloading a host or breaking a rule on the way. */
        NO_SAFE_ORDER,
        /** The request itself is inconsistent (forecasts missing, unknown hosts). */
        BAD_INPUT
    }

    public Blocker {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }
}
