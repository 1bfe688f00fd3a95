package dev.harmony.engine.affinity.predict;

import java.util.List;
import java.util.function.Consumer;

/**
 * The classic heuristic: VMs whose CPU demand rises and falls together contend, those that move
 * oppositely complement each other. The score is {@code −c · ρ · α}: ρ the Pearson correlation of CPU
 * demand over the last window, in [-1, 1]; α that window's activity weight, so that idle pairs stay
 * near 0 as realized affinity does; c one scale fitted by least squares on the training pairs (1 before
 * fitting), kept at {@value #LEAST_SCALE} or more so the heuristic keeps its direction and its ranking even
 * where the fit finds none. Pairs without a correlation (too little overlap, a flat series) get the prior.
 */
public final class CorrelationPredictor implements PairPredictor {
    /** Smallest scale the fit may set. */
    public static final double LEAST_SCALE = 0.01;
    private double scale = 1;

    @Override
    public String name() {
        return "correlation";
    }

    /** The fitted scale c. */
    public double scale() {
        return scale;
    }

    @Override
    public void fit(List<WindowExample> training, Consumer<FitProgress> progress) {
        double xy = 0;
        double xx = 0;
        for (WindowExample e : training) {
            float[] raw = raw(e);
            for (int p = 0; p < e.size(); p++) {
                if (e.learnable(p)) {
                    xy += raw[p] * e.target(p);
                    xx += raw[p] * raw[p];
                }
            }
        }
        scale = xx > 0 ? Math.max(LEAST_SCALE, xy / xx) : 1;
    }

    @Override
    public float[] predict(WindowExample example) {
        float[] raw = raw(example);
        for (int p = 0; p < raw.length; p++) {
            raw[p] *= (float) scale;
        }
        return ColdStart.apply(name(), example, raw);
    }

    private static float[] raw(WindowExample e) {
        int lags = PairColumns.lagsOf(e.pairFeatures().cols());
        int rho = PairColumns.summary(lags, "cpu.pearson");
        int known = PairColumns.summary(lags, "cpu.pearson.known");
        int activity = PairColumns.lag(1, PairColumns.ACTIVITY);
        float[] out = new float[e.size()];
        for (int p = 0; p < out.length; p++) {
            out[p] = e.pairFeatures().get(p, known) > 0
                    ? -e.pairFeatures().get(p, rho) * e.pairFeatures().get(p, activity) : ColdStart.PRIOR;
        }
        return out;
    }
}
