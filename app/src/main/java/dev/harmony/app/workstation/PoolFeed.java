package dev.harmony.app.workstation;

import dev.harmony.engine.connector.Subscription;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.viz.graph.AffinityPairs;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the pool views read from an opened source: the inventory, affinity and health computed at a moment
 * from the source's telemetry, and a live stream of loads. The computations take seconds and must never
 * run on the FX thread. A trained model's predicted affinity will come in through {@link #affinity} too.
 */
public interface PoolFeed {

    /** The source's clock: trace time for the demo lab. */
    Instant now();

    InventorySnapshot inventory();

    /** The pairs' affinity over the window that ends at {@code at}. */
    AffinityPairs affinity(Instant at);

    /** The pool's health at each moment, oldest first; moments without telemetry before them are skipped. */
    List<HealthAssessment> health(List<Instant> moments);

    /** Streams each VM's CPU load as it arrives; the listener runs on a connector thread and must not block. */
    Subscription followLoads(Consumer<LoadBatch> listener);
}
