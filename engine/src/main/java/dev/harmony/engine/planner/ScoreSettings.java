package dev.harmony.engine.planner;

/**
 * The solver's limits and soft weights, as one problem fact so the constraints read them from the
 * solution rather than from static state. Soft weights are in score units per squared utilisation or
 * per broken rule; see {@link PlannerOptions} for how they are chosen.
 *
 * @param maxMoves       most VMs a plan may move
 * @param balance        per host, weight of the resource-weighted squared peak utilisation
 * @param headroom       per host and resource, weight of the squared shortfall from the headroom target to full
 * @param headroomTarget P95 utilisation at which headroom starts to cost, in (0, 1)
 * @param shouldRule     per broken should-rule (pair or VM)
 */
record ScoreSettings(int maxMoves, long balance, long headroom, double headroomTarget, long shouldRule) {
    ScoreSettings {
        if (maxMoves < 0 || balance < 0 || headroom < 0 || shouldRule < 0 || !(headroomTarget > 0 && headroomTarget < 1)) {
            throw new IllegalArgumentException("limits and weights must be at least 0 and the headroom target within (0, 1)");
        }
    }
}
