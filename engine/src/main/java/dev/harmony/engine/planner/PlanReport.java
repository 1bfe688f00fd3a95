package dev.harmony.engine.planner;

import java.time.Duration;
import java.util.List;

/**
 * How a plan came about, shown with it.
 *
 * @param policy       the planner's name, e.g. {@code harmony} or {@code greedy}
 * @param affinity     what the predicted affinity came from ({@link PredictedAffinity#name()})
 * @param candidateVms VMs the planner considered moving
 * @param candidatePairs co-located pairs below the threshold
 * @param hotHosts     hosts whose forecast P95 breached the headroom target
 * @param proposed     moves the optimisation proposed
 * @param dropped      proposed moves the impact check dropped, each with why
 * @param unresolved   hard problems the current placement has that no allowed move fixes
 * @param scoreBefore  the solver's score of the current placement, e.g. {@code 0hard/-5230soft}
 * @param scoreAfter   its score of the chosen placement
 * @param scoringTime  time spent finding candidates and building the problem (affinity scoring mostly)
 * @param solveTime    time spent optimising
 * @param impactTime   time spent ordering and in the simulator's impact check
 * @param totalTime    time spent planning in all
 */
public record PlanReport(String policy, String affinity, int candidateVms, int candidatePairs, List<String> hotHosts, int proposed,
                         List<String> dropped, List<String> unresolved, String scoreBefore, String scoreAfter,
                         Duration scoringTime, Duration solveTime, Duration impactTime, Duration totalTime) {
    public PlanReport {
        hotHosts = List.copyOf(hotHosts);
        dropped = List.copyOf(dropped);
        unresolved = List.copyOf(unresolved);
    }
}
