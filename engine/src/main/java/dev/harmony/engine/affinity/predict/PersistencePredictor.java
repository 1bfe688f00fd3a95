package dev.harmony.engine.affinity.predict;

import java.util.List;
import java.util.function.Consumer;

/**
 * Tomorrow is like yesterday: the realized affinity of the most recent lag window in which the pair
 * was scored (normally the window just before the target).
 */
public final class PersistencePredictor implements PairPredictor {
    @Override
    public String name() {
        return "persistence";
    }

    @Override
    public void fit(List<WindowExample> training, Consumer<FitProgress> progress) {
        // Nothing to learn.
    }

    @Override
    public float[] predict(WindowExample example) {
        int lags = PairColumns.lagsOf(example.pairFeatures().cols());
        float[] out = new float[example.size()];
        for (int p = 0; p < out.length; p++) {
            out[p] = ColdStart.PRIOR;
            for (int w = 1; w <= lags; w++) {
                if (example.pairFeatures().get(p, PairColumns.lag(w, PairColumns.SCORED)) > 0) {
                    out[p] = example.pairFeatures().get(p, PairColumns.lag(w, PairColumns.SCORE));
                    break;
                }
            }
        }
        return ColdStart.apply(name(), example, out);
    }
}
