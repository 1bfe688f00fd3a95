package dev.harmony.app.cli;

import dev.harmony.engine.planner.PlannerOptions;
import java.time.Duration;

/**
 * The planner settings a replay plans with: the defaults, with a step limit that binds before the time
 * limit on the lab's pool, so that a replay gives the same table on a slow and a fast machine.
 */
final class ReplayDefaults {
    static final int MAX_MOVES = 6;
    static final int STEP_LIMIT = 1_000;
    static final double MIN_GAIN = 0;

    private ReplayDefaults() {
    }

    static PlannerOptions planner(double threshold, int maxMoves) {
        return PlannerOptions.defaults().withThreshold(threshold).withMaxMoves(maxMoves)
                .withLimits(Duration.ofSeconds(30), STEP_LIMIT);
    }
}
