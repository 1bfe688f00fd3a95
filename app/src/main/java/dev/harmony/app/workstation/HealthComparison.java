package dev.harmony.app.workstation;

import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.model.InventorySnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The pool's health at one moment under two placements, on the same measured demand and forecast: what a
 * batch of moves did, apart from the demand changing while it ran.
 *
 * @param at     the moment judged
 * @param before health with the placement before the moves
 * @param after  health with the placement now
 */
public record HealthComparison(Instant at, HealthAssessment before, HealthAssessment after) {
    public HealthComparison {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** Judges the placement {@code before} and the connector's placement now at the connector's latest telemetry. */
    public static HealthComparison of(Connector connector, InventorySnapshot before, PoolFeedOptions options) {
        InventorySnapshot now = connector.inventory();
        Instant to = connector.now();
        DemandSlice slice = DemandSlice.read(connector, now, to.minus(options.healthWindow()).minus(Duration.ofDays(2)), to);
        Instant at = slice.onGrid(to);
        PoolHealth health = new PoolHealth(options);
        return new HealthComparison(at, health.at(before, slice, at), health.at(now, slice, at));
    }

    /** Health points gained (negative when lost). */
    public double gain() {
        return after.report().pool().index() - before.report().pool().index();
    }
}
