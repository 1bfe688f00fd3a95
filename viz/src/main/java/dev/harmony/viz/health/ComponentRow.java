package dev.harmony.viz.health;

import dev.harmony.engine.health.HealthComponent;

/**
 * One line of the breakdown.
 *
 * @param component the component
 * @param label     its name in words
 * @param lost      points lost
 * @param max       points it can cost
 * @param assessed  whether the input had what it needs
 * @param measure   the figure behind the points, in words (or why it was not assessed)
 */
public record ComponentRow(HealthComponent component, String label, double lost, double max, boolean assessed, String measure) {
}
