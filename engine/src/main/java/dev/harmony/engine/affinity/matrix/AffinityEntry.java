package dev.harmony.engine.affinity.matrix;

import java.util.Objects;

/**
 * One pair's predicted affinity as the matrix holds it.
 *
 * @param vmA       one VM
 * @param vmB       the other
 * @param score     predicted affinity in [-1, 1], finite
 * @param coLocated whether the two ran on one host when the score was written
 * @param coldStart whether the score is the cold-start prior rather than a model's prediction
 */
public record AffinityEntry(String vmA, String vmB, float score, boolean coLocated, boolean coldStart) {
    public AffinityEntry {
        Objects.requireNonNull(vmA, "vmA");
        Objects.requireNonNull(vmB, "vmB");
        if (!(score >= -1f && score <= 1f)) {
            throw new IllegalArgumentException("score of " + vmA + "-" + vmB + " must be within [-1, 1], was " + score);
        }
    }
}
