package dev.harmony.engine.affinity.matrix;

import dev.harmony.engine.affinity.Window;
import java.util.Objects;

/**
 * New scores for some pairs, as matrix rows: pair {@code p} joins rows {@code first[p]} and {@code second[p]}.
 *
 * @param window    the window the scores are for
 * @param first     one row of each pair
 * @param second    the other row, different from the first
 * @param scores    each pair's score, finite and in [-1, 1]
 * @param coLocated whether each pair shares a host
 * @param coldStart whether each score is the cold-start prior
 */
public record MatrixUpdate(Window window, int[] first, int[] second, float[] scores, boolean[] coLocated,
                           boolean[] coldStart) {
    public MatrixUpdate {
        Objects.requireNonNull(window, "window");
        int n = first.length;
        if (second.length != n || scores.length != n || coLocated.length != n || coldStart.length != n) {
            throw new IllegalArgumentException("update arrays differ in length");
        }
        for (int p = 0; p < n; p++) {
            if (!(scores[p] >= -1f && scores[p] <= 1f)) {
                throw new IllegalArgumentException("score of pair " + p + " (rows " + first[p] + ", " + second[p]
                        + ") must be finite and within [-1, 1], was " + scores[p]);
            }
            if (first[p] == second[p] || first[p] < 0 || second[p] < 0) {
                throw new IllegalArgumentException("pair " + p + " is not two distinct rows: " + first[p] + ", " + second[p]);
            }
        }
        first = first.clone();
        second = second.clone();
        scores = scores.clone();
        coLocated = coLocated.clone();
        coldStart = coldStart.clone();
    }

    public int size() {
        return first.length;
    }
}
