package dev.harmony.engine.affinity.features;

import java.util.Objects;

/**
 * Features of candidate pairs: row {@code p} of the matrix belongs to pair {@code p}, with id
 * {@code "<vmA>|<vmB>"}.
 *
 * @param pairs  the pairs, as rows of the per-VM feature matrix
 * @param matrix one row per pair
 */
public record PairFeatures(CandidatePairs pairs, FeatureMatrix matrix) {
    public PairFeatures {
        Objects.requireNonNull(pairs, "pairs");
        Objects.requireNonNull(matrix, "matrix");
        if (pairs.size() != matrix.rows()) {
            throw new IllegalArgumentException(pairs.size() + " pairs but " + matrix.rows() + " feature rows");
        }
    }
}
