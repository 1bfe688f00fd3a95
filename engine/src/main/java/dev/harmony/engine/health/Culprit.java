package dev.harmony.engine.health;

import java.util.Objects;

/**
 * What made a component cost points: a host, a pair of VMs or a resource, and its share of the points.
 *
 * @param kind    {@code host}, {@code pair} or {@code resource}
 * @param subject the host id, the pair as {@code vmA+vmB}, or the resource key
 * @param points  the points it accounts for
 * @param detail  the measured value behind it, in words, e.g. {@code cpu P95 at 93 % of capacity}
 */
public record Culprit(String kind, String subject, double points, String detail) {
    public Culprit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
    }
}
