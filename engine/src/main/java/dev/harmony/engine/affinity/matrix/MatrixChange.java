package dev.harmony.engine.affinity.matrix;

import dev.harmony.engine.affinity.Window;

/**
 * What one update did to the matrix, as listeners are told.
 *
 * @param window   the window of the new scores
 * @param written  pairs whose score was stored or replaced
 * @param dropped  pairs not kept, or pushed out of a full row, because stronger candidates filled it
 * @param entries  entries held after the update (a pair held in both of its rows counts twice)
 */
public record MatrixChange(Window window, int written, int dropped, long entries) {
}
