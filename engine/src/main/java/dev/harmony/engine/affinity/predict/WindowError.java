package dev.harmony.engine.affinity.predict;

import dev.harmony.engine.affinity.Window;

/**
 * The error of the prediction an adaptive model made for a window before it was measured.
 *
 * @param window   the window
 * @param mae      mean absolute error over the pairs with a realized score
 * @param pairs    those pairs
 * @param modelAge windows the model had seen since it was last trained from scratch
 */
public record WindowError(Window window, double mae, int pairs, int modelAge) {
}
