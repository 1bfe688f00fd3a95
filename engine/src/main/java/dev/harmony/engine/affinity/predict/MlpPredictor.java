package dev.harmony.engine.affinity.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The non-graph learned baseline: an {@link Mlp} on each pair's own features plus its two VMs'
 * features ({@link PairInputs}), without any neighbour's information. It predicts the deviation from
 * the pair's long-run mean ({@link PairInputs#anchor}). Seeded and reproducible.
 */
public final class MlpPredictor implements FineTunable {
    private final MlpConfig config;
    private SplittableRandom random;
    private ColumnScaler scaler;
    private Mlp network;
    private float targetScale = 1;

    public MlpPredictor(MlpConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.random = new SplittableRandom(config.seed());
    }

    private MlpPredictor(MlpPredictor o) {
        this.config = o.config;
        this.random = o.random.split();
        this.scaler = o.scaler;
        this.network = o.network == null ? null : o.network.copy();
        this.targetScale = o.targetScale;
    }

    @Override
    public String name() {
        return "mlp";
    }

    @Override
    public void fit(List<WindowExample> training, Consumer<FitProgress> progress) {
        random = new SplittableRandom(config.seed());
        List<float[][]> rows = new ArrayList<>();
        for (WindowExample e : training) {
            rows.add(PairInputs.rows(e));
        }
        if (training.isEmpty()) {
            throw new IllegalArgumentException("the MLP needs at least one training example");
        }
        int width = PairInputs.width(training.get(0));
        scaler = ColumnScaler.fit(rows, width);
        int[] sizes = new int[config.hidden().size() + 2];
        sizes[0] = width;
        for (int l = 0; l < config.hidden().size(); l++) {
            sizes[l + 1] = config.hidden().get(l);
        }
        sizes[sizes.length - 1] = 1;
        network = new Mlp(sizes, config.learningRate(), config.huberDelta(), config.weightDecay(), random);
        targetScale = residualScale(training);
        train(training, rows, config.epochs(), progress);
    }

    @Override
    public void fineTune(List<WindowExample> recent, int epochs, Consumer<FitProgress> progress) {
        requireFitted();
        List<float[][]> rows = new ArrayList<>();
        for (WindowExample e : recent) {
            rows.add(PairInputs.rows(e));
        }
        train(recent, rows, epochs, progress);
    }

    @Override
    public float[] predict(WindowExample example) {
        requireFitted();
        float[][] rows = scaler.apply(PairInputs.rows(example));
        float[] out = PairInputs.anchor(example);
        for (int p = 0; p < rows.length; p++) {
            out[p] += targetScale * network.predict(rows[p]);
        }
        return ColdStart.apply(name(), example, out);
    }

    @Override
    public FineTunable copy() {
        return new MlpPredictor(this);
    }

    private void train(List<WindowExample> examples, List<float[][]> rows, int epochs, Consumer<FitProgress> progress) {
        List<float[]> x = new ArrayList<>();
        List<Float> y = new ArrayList<>();
        for (int k = 0; k < examples.size(); k++) {
            WindowExample e = examples.get(k);
            float[][] scaled = scaler.apply(rows.get(k));
            float[] anchor = PairInputs.anchor(e);
            for (int p = 0; p < e.size(); p++) {
                if (e.learnable(p)) {
                    x.add(scaled[p]);
                    y.add((e.target(p) - anchor[p]) / targetScale);
                }
            }
        }
        if (x.isEmpty()) {
            throw new IllegalArgumentException("no pair with both history and a realized score to learn from in "
                    + examples.size() + " example(s)");
        }
        float[][] xs = x.toArray(new float[0][]);
        float[] ys = new float[y.size()];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = y.get(i);
        }
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long t0 = System.nanoTime();
            double loss = network.epoch(xs, ys, config.batch(), random);
            progress.accept(new FitProgress(name(), epoch, epochs, loss, (System.nanoTime() - t0) / 1e9));
        }
    }

    /**
     * The standard deviation of the training deviations from the anchor. They are a few thousandths,
     * as small as the noise of an Adam step, so the network learns them in units of this scale.
     */
    private static float residualScale(List<WindowExample> training) {
        double sd = PairInputs.residualSd(training);
        return sd > 1e-6 ? (float) sd : 1f;
    }

    private void requireFitted() {
        if (network == null) {
            throw new IllegalStateException("the MLP has not been fitted");
        }
    }
}
