package dev.harmony.engine.planner;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import java.util.List;

/** The solver's working copy of a pool: the hosts, the VMs it places and the VM-VM rules. Mutable; package only. */
@PlanningSolution
final class PlacementSolution {
    @ProblemFactCollectionProperty
    private List<HostSlot> hosts;
    @ProblemFactCollectionProperty
    private List<RulePair> rulePairs;
    @ProblemFactProperty
    private ScoreSettings settings;
    @PlanningEntityCollectionProperty
    private List<VmAssignment> assignments;
    @PlanningScore
    private HardSoftLongScore score;

    @SuppressWarnings("unused")
    private PlacementSolution() {
        // For the solver's cloner.
    }

    PlacementSolution(List<HostSlot> hosts, List<RulePair> rulePairs, ScoreSettings settings, List<VmAssignment> assignments) {
        this.hosts = List.copyOf(hosts);
        this.rulePairs = List.copyOf(rulePairs);
        this.settings = settings;
        this.assignments = assignments;
    }

    List<HostSlot> hosts() {
        return hosts;
    }

    List<RulePair> rulePairs() {
        return rulePairs;
    }

    ScoreSettings settings() {
        return settings;
    }

    List<VmAssignment> assignments() {
        return assignments;
    }

    HardSoftLongScore score() {
        return score;
    }
}
