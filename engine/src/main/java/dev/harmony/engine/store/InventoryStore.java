package dev.harmony.engine.store;

import dev.harmony.engine.model.InventorySnapshot;
import java.util.List;
import java.util.Optional;

/** Inventory snapshots as connectors reported them, kept so plans and views can be replayed later. */
public interface InventoryStore {

    /** Stores a snapshot and returns its id. */
    long save(InventorySnapshot snapshot);

    /** The snapshot with this id. */
    Optional<InventorySnapshot> find(long id);

    /** The most recent snapshot of a source, by {@link InventorySnapshot#takenAt()}. */
    Optional<InventorySnapshot> latest(String source);

    /** Every stored snapshot, newest first, without its content. */
    List<SnapshotSummary> list();
}
