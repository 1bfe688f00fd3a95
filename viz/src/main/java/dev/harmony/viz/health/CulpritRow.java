package dev.harmony.viz.health;

/**
 * A host, pair or resource behind a component's points.
 *
 * @param kind    {@code host}, {@code pair} or {@code resource}
 * @param subject its name as a planner knows it, e.g. {@code web-1 + db-1}
 * @param points  the points it accounts for
 * @param detail  the measured value behind it
 */
public record CulpritRow(String kind, String subject, double points, String detail) {
}
