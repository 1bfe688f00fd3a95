package dev.harmony.engine.planner;

import java.util.function.Consumer;

/** Makes a migration plan for a pool; one implementation per policy. */
public interface MigrationPlanner {
    /** The policy's name in reports, e.g. {@code harmony} or {@code greedy}. */
    String name();

    /**
     * @param request  the pool now and its forecasts
     * @param progress told of each new best placement while solving (from the solving thread)
     * @return a plan whose every move passed the impact check, or what blocks a plan
     */
    PlanOutcome plan(PlanningRequest request, Consumer<PlanProgress> progress);
}
