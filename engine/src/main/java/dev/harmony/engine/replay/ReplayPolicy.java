package dev.harmony.engine.replay;

import dev.harmony.engine.planner.MigrationPlanner;
import java.util.Objects;
import java.util.Optional;

/**
 * What acts on the pool during a replay: nothing, the simulator's reactive balancer (a DRS-like rule:
 * move a VM off a host above a utilisation threshold), a planner run every few hours, or such a planner with the
 * reactive balancer as its safety net (what a predictive balancer beside a reactive one does).
 *
 * @param name     the policy's name in reports: {@code none}, {@code reactive}, {@code greedy}, {@code harmony}
 * @param reactive whether the reactive balancer runs
 * @param planner  the planner, when the policy plans
 */
public record ReplayPolicy(String name, boolean reactive, Optional<MigrationPlanner> planner) {
    public ReplayPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(planner, "planner");
    }

    public static ReplayPolicy none() {
        return new ReplayPolicy("none", false, Optional.empty());
    }

    public static ReplayPolicy reactiveBalancer() {
        return new ReplayPolicy("reactive", true, Optional.empty());
    }

    public static ReplayPolicy planning(MigrationPlanner planner) {
        return planning(planner, false);
    }

    /**
     * @param reactiveNet whether the reactive balancer also acts between the planner's plans, on the hosts whose
     *                    demand the forecasts missed
     */
    public static ReplayPolicy planning(MigrationPlanner planner, boolean reactiveNet) {
        return new ReplayPolicy(planner.name(), reactiveNet, Optional.of(planner));
    }
}
