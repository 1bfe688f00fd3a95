package dev.harmony.engine.planner;

import dev.harmony.engine.health.HealthOptions;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Harmony's policy: Timefold local search from the current placement over the candidates, under the hard
 * and soft constraints of {@link PlacementConstraintProvider}, then the impact check and safe batches.
 */
public final class HarmonyPlanner implements MigrationPlanner {
    private final PlanPipeline pipeline;

    public HarmonyPlanner(PlannerOptions options, HealthOptions health) {
        this.pipeline = new PlanPipeline(Objects.requireNonNull(options, "options"), Objects.requireNonNull(health, "health"));
    }

    @Override
    public String name() {
        return "harmony";
    }

    @Override
    public PlanOutcome plan(PlanningRequest request, Consumer<PlanProgress> progress) {
        return pipeline.run(name(), request, (problem, candidates, solver, p) -> solver.solve(problem.solution(), p), progress);
    }
}
