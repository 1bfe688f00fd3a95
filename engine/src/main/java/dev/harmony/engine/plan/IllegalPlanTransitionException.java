package dev.harmony.engine.plan;

/** A plan was asked to change to a status its current status does not lead to; nothing was changed. */
public class IllegalPlanTransitionException extends IllegalStateException {
    private final String planId;
    private final PlanStatus from;
    private final PlanStatus to;

    public IllegalPlanTransitionException(String planId, PlanStatus from, PlanStatus to, String why) {
        super("plan " + planId + " is " + from.label() + " and cannot become " + to.label()
                + (why == null || why.isBlank() ? "" : ": " + why)
                + (from.isFinished() ? " (a " + from.label() + " plan is finished)"
                        : " (from " + from.label() + " it can become: " + String.join(", ", from.next().stream().map(PlanStatus::label).toList()) + ")"));
        this.planId = planId;
        this.from = from;
        this.to = to;
    }

    public String planId() {
        return planId;
    }

    public PlanStatus from() {
        return from;
    }

    public PlanStatus to() {
        return to;
    }
}
