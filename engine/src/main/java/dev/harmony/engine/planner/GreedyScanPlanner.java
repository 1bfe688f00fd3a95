package dev.harmony.engine.planner;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import dev.harmony.engine.health.HealthOptions;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The seed's greedy scan, kept as the baseline policy: for each co-located pair below the migration
 * threshold, lowest first, try moving either VM to each of its target hosts and keep the one move that
 * improves the cost function most (affinity gain, less disruption, target utilisation) without breaking
 * a hard rule; stop at the move budget. The same impact check and batching follow.
 */
public final class GreedyScanPlanner implements MigrationPlanner {
    private final PlanPipeline pipeline;
    private final PlannerOptions options;

    public GreedyScanPlanner(PlannerOptions options, HealthOptions health) {
        this.options = Objects.requireNonNull(options, "options");
        this.pipeline = new PlanPipeline(options, Objects.requireNonNull(health, "health"));
    }

    @Override
    public String name() {
        return "greedy";
    }

    @Override
    public PlanOutcome plan(PlanningRequest request, Consumer<PlanProgress> progress) {
        return pipeline.run(name(), request, this::scan, progress);
    }

    private PlacementSolution scan(Problem problem, Candidates candidates, SolverRunner solver,
                                   Consumer<PlanProgress> progress) {
        long began = System.nanoTime();
        PlacementSolution s = problem.solution();
        HardSoftLongScore current = solver.score(s);
        int moved = 0;
        for (Candidates.LowPair pair : candidates.pairs()) {
            if (moved >= options.maxMoves()) {
                break;
            }
            VmAssignment bestVm = null;
            HostSlot bestHost = null;
            HardSoftLongScore bestScore = current;
            for (String vm : List.of(pair.vmA(), pair.vmB())) {
                VmAssignment a = problem.byVm().get(vm);
                if (a == null || a.pinned() || a.moved()) {
                    continue;
                }
                HostSlot home = a.getHost();
                for (HostSlot target : a.getTargets()) {
                    if (target == home) {
                        continue;
                    }
                    a.setHost(target);
                    HardSoftLongScore score = solver.score(s);
                    a.setHost(home);
                    if (score.hardScore() >= current.hardScore() && score.compareTo(bestScore) > 0) {
                        bestVm = a;
                        bestHost = target;
                        bestScore = score;
                    }
                }
            }
            if (bestVm != null) {
                bestVm.setHost(bestHost);
                current = solver.score(s);
                moved++;
                progress.accept(new PlanProgress(Duration.ofNanos(System.nanoTime() - began), current.hardScore(),
                        current.softScore(), moved));
            }
        }
        return s;
    }
}
