package dev.harmony.engine.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored inventory snapshot, described without its content.
 *
 * @param id      the store's id, for {@link InventoryStore#find(long)}
 * @param source  the connector that produced it
 * @param takenAt when it was read
 */
public record SnapshotSummary(long id, String source, Instant takenAt) {
    public SnapshotSummary {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(takenAt, "takenAt");
    }
}
