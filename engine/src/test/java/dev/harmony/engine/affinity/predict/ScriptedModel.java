package dev.harmony.engine.affinity.predict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** A stand-in model: predicts one value everywhere; fine-tuning moves it to the newest window's mean target. */
final class ScriptedModel implements FineTunable {
    float value;
    /** Whether fine-tuning moves the value; a model that does not learn lets its error grow. */
    boolean learns = true;
    int fits;
    final List<Integer> fineTuneSizes = new ArrayList<>();

    ScriptedModel(float value) {
        this.value = value;
    }

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public void fit(List<WindowExample> training, Consumer<FitProgress> progress) {
        fits++;
    }

    @Override
    public void fineTune(List<WindowExample> recent, int epochs, Consumer<FitProgress> progress) {
        fineTuneSizes.add(recent.size());
        if (!learns) {
            return;
        }
        WindowExample newest = recent.get(recent.size() - 1);
        double sum = 0;
        for (int p = 0; p < newest.size(); p++) {
            sum += newest.target(p);
        }
        value = (float) (sum / newest.size());
    }

    @Override
    public float[] predict(WindowExample example) {
        float[] out = new float[example.size()];
        Arrays.fill(out, value);
        return out;
    }

    @Override
    public FineTunable copy() {
        return new ScriptedModel(value);
    }
}
