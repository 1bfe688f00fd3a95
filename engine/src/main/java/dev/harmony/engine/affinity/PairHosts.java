package dev.harmony.engine.affinity;

import java.util.Objects;

/** The capacity of the host each pair of panel rows shares, or would share. */
@FunctionalInterface
public interface PairHosts {
    HostCapacity shared(int i, int j);

    /** Every pair measured against the same host, e.g. the pool's typical host for candidate pairs. */
    static PairHosts same(HostCapacity capacity) {
        Objects.requireNonNull(capacity, "capacity");
        return (i, j) -> capacity;
    }
}
