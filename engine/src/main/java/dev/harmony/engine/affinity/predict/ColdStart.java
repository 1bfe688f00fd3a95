package dev.harmony.engine.affinity.predict;

/**
 * The fallback for pairs without history: a pair scored in none of the lag windows (a new VM, or one
 * whose telemetry was missing) is predicted {@link #PRIOR}, 0, "no evidence either way". Realized
 * affinity of a pair with little load is near 0 because of its activity weight, and most pairs of a
 * real pool are such pairs, so 0 is also the most likely value. Model outputs are checked here too.
 */
public final class ColdStart {
    /** The score given to cold pairs and in place of a non-finite model output. */
    public static final float PRIOR = 0f;

    private ColdStart() {
    }

    /**
     * The scores with cold pairs set to the prior and every value clamped to [-1, 1].
     *
     * @throws IllegalStateException when a model produced NaN or an infinite score for a pair with history,
     *                               which is a defect of the model, not of the data
     */
    public static float[] apply(String model, WindowExample example, float[] scores) {
        if (scores.length != example.size()) {
            throw new IllegalStateException(model + " returned " + scores.length + " scores for " + example.size() + " pairs");
        }
        float[] out = new float[scores.length];
        for (int p = 0; p < scores.length; p++) {
            if (example.coldStart(p)) {
                out[p] = PRIOR;
            } else if (!Float.isFinite(scores[p])) {
                throw new IllegalStateException(model + " produced " + scores[p] + " for pair "
                        + example.pairFeatures().rowIds().get(p) + " of " + example.target());
            } else {
                out[p] = Math.max(-1f, Math.min(1f, scores[p]));
            }
        }
        return out;
    }
}
