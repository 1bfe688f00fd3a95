package dev.harmony.engine.affinity.predict;

import dev.harmony.engine.affinity.Window;

/**
 * What an {@link AdaptiveAffinityModel} did after a window was measured.
 *
 * @param kind     fine-tuned on the replay buffer, or retrained because the error kept rising
 * @param window   the window just measured
 * @param error    the model's error on it, before the update
 * @param modelAge windows seen since the last training from scratch, after the update
 * @param seconds  time the update took
 */
public record AdaptationEvent(Kind kind, Window window, WindowError error, int modelAge, double seconds) {
    /** The two updates. */
    public enum Kind {
        /** A few epochs from the current weights on the most recent windows. */
        FINE_TUNED,
        /** Training from scratch on the retraining windows, triggered by a rising error. */
        RETRAINED
    }
}
