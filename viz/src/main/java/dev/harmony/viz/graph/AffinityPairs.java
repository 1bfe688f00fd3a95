package dev.harmony.viz.graph;

import dev.harmony.engine.affinity.matrix.AffinityEntry;
import java.util.List;
import java.util.Objects;

/**
 * The pair affinities a graph or heat map shows, with what they are based on.
 *
 * @param basis   in words, e.g. {@code realized over 2013-07-06 22:00 → 2013-07-07 22:00 UTC}
 * @param entries one entry per pair, each pair once
 */
public record AffinityPairs(String basis, List<AffinityEntry> entries) {
    public AffinityPairs {
        Objects.requireNonNull(basis, "basis");
        entries = List.copyOf(entries);
    }

    /** No pairs known yet. */
    public static AffinityPairs none() {
        return new AffinityPairs("no affinity computed yet", List.of());
    }
}
