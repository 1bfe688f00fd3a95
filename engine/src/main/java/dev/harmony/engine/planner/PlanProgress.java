package dev.harmony.engine.planner;

import java.time.Duration;

/**
 * A new best placement found while solving, for progress displays.
 *
 * @param elapsed      time since solving began
 * @param hardScore    the solver's hard score (0 when no hard constraint is broken)
 * @param softScore    its soft score (higher is better)
 * @param movedVms     how many VMs the placement moves
 */
public record PlanProgress(Duration elapsed, long hardScore, long softScore, int movedVms) {
}
