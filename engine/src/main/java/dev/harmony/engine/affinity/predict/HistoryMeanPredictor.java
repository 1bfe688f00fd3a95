package dev.harmony.engine.affinity.predict;

import java.util.List;
import java.util.function.Consumer;

/** The mean realized affinity of the pair over the past windows in which it was scored (up to {@code meanWindows}). */
public final class HistoryMeanPredictor implements PairPredictor {
    @Override
    public String name() {
        return "history_mean";
    }

    @Override
    public void fit(List<WindowExample> training, Consumer<FitProgress> progress) {
        // Nothing to learn.
    }

    @Override
    public float[] predict(WindowExample example) {
        return ColdStart.apply(name(), example, PairInputs.anchor(example));
    }
}
