package dev.harmony.app.cli;

import dev.harmony.engine.planner.PlannerOptions;
import java.time.Duration;

/**
 * The planner settings a replay plans with, chosen on days 1–20 of the lab (docs/replay-evaluation.md): at
 * most 6 VMs a plan, a move only when it adds more than 4 points of pool health, and a step limit that
 * binds before the time limit on the lab's pool, so that a replay gives the same table on any machine.
 */
final class ReplayDefaults {
    static final int MAX_MOVES = 6;
    static final int STEP_LIMIT = 1_000;
    /**
     * The largest of 3, 4 and 5 points that kept the contention of days 1-20 of the eleven datacenters (lab seeds 1-10
     * and 42) at memory loads 0.8 and 0.9 (ADR 0019): 4 kept it with 1-4 migrations fewer per planner and load, 5 let
     * a burst through on seed 2 (0.8: 5.75 to 19.33 contention VM-hours). It was 3 until 2026-12-08.
     */
    static final double MIN_GAIN = 4.0;
    /**
     * On, as in {@code harmony plan} and the window. It was off while the replay's evacuation of the maintenance host
     * was broken (partial plans then emptied that host: 27 migrations against 20 on days 1-20 at memory load 0.8); with
     * the evacuation mended, days 1-20 gave the same figures with and without (docs/replay-evaluation.md).
     */
    static final boolean PARTIAL_PLANS = true;

    /**
     * Whether the planners run with the reactive balancer as a safety net between their plans: off (on days 1-20 it
     * doubled harmony's contention on the 500-VM month and changed nothing for harmony on the 120-VM lab).
     */
    static final boolean REACTIVE_NET = false;

    /**
     * Whether a host over capacity (one step of contention) also makes the planners plan at once, besides a host above
     * 80 % for 15 minutes: on. Over days 1-20 of the eleven datacenters it cut harmony's contention from 10.75 to 5.75
     * VM-hours at memory load 0.8 and from 9.84 to 7.50 at 0.9 with the same migrations (ADR 0018).
     */
    static final boolean REPLAN_ON_OVERLOAD = true;

    /** How far ahead a plan that heat triggered looks, in hours: as far as regular plans (1 h was worse on days 1-20). */
    static final int HEAT_HORIZON_HOURS = 24;

    private ReplayDefaults() {
    }

    static PlannerOptions planner(double threshold, int maxMoves) {
        return PlannerOptions.defaults().withThreshold(threshold).withMaxMoves(maxMoves)
                .withLimits(Duration.ofSeconds(30), STEP_LIMIT).withPartialPlans(PARTIAL_PLANS);
    }
}
