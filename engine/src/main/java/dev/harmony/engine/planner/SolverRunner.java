package dev.harmony.engine.planner;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs Timefold on a placement problem, configured in code: local search only (the start is the current
 * placement, every VM already placed), stopped by the time limit, the step limit, or a fifth of the step
 * limit without a better placement, whichever comes first; seeded, so a plan can be reproduced when a step
 * limit stops it.
 */
final class SolverRunner {
    private final SolverFactory<PlacementSolution> factory;
    private final SolutionManager<PlacementSolution, HardSoftLongScore> manager;

    SolverRunner(Duration timeLimit, int stepLimit, long seed) {
        SolverConfig config = new SolverConfig()
                .withSolutionClass(PlacementSolution.class)
                .withEntityClasses(VmAssignment.class)
                .withConstraintProviderClass(PlacementConstraintProvider.class)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(seed)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit))
                .withPhases(new LocalSearchPhaseConfig()
                        .withTerminationConfig(new TerminationConfig().withStepCountLimit(stepLimit)
                                .withUnimprovedStepCountLimit(Math.max(100, stepLimit / 5))));
        this.factory = SolverFactory.create(config);
        this.manager = SolutionManager.create(factory);
    }

    /** The best placement found, told to {@code progress} each time it improves. */
    PlacementSolution solve(PlacementSolution start, Consumer<PlanProgress> progress) {
        Solver<PlacementSolution> solver = factory.buildSolver();
        long began = System.nanoTime();
        solver.addEventListener(event -> {
            PlacementSolution best = event.getNewBestSolution();
            HardSoftLongScore s = best.score();
            int moved = (int) best.assignments().stream().filter(VmAssignment::moved).count();
            progress.accept(new PlanProgress(Duration.ofNanos(System.nanoTime() - began), s.hardScore(), s.softScore(), moved));
        });
        return solver.solve(start);
    }

    /** Scores a placement without solving. */
    HardSoftLongScore score(PlacementSolution solution) {
        return manager.update(solution);
    }

    /** The hard points each constraint costs the placement, by constraint name, the broken ones only. */
    Map<String, Long> hardByConstraint(PlacementSolution solution) {
        ScoreAnalysis<HardSoftLongScore> analysis = manager.analyze(solution);
        Map<String, Long> out = new LinkedHashMap<>();
        for (ConstraintAnalysis<HardSoftLongScore> c : analysis.constraintMap().values()) {
            if (c.score().hardScore() < 0) {
                out.put(c.constraintRef().constraintName(), -c.score().hardScore());
            }
        }
        return out;
    }

    /** Every broken hard constraint of the placement, in words, naming the host or VMs. */
    java.util.List<String> hardProblems(PlacementSolution solution) {
        ScoreAnalysis<HardSoftLongScore> analysis = manager.analyze(solution);
        java.util.List<String> out = new java.util.ArrayList<>();
        for (ConstraintAnalysis<HardSoftLongScore> c : analysis.constraintMap().values()) {
            if (c.score().hardScore() >= 0 || c.matches() == null) {
                continue;
            }
            c.matches().forEach(m -> out.add(c.constraintRef().constraintName() + ": "
                    + HardMatches.describe(m.justification())));
        }
        return out;
    }
}
