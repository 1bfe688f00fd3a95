package dev.harmony.engine.affinity.predict;

import dev.harmony.engine.affinity.gnn.AffinityGnn;
import dev.harmony.engine.affinity.gnn.EpochProgress;
import dev.harmony.engine.affinity.gnn.GnnConfig;
import dev.harmony.engine.affinity.gnn.GraphBatch;
import dev.harmony.engine.affinity.gnn.TrainingReport;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The graph model as a {@link PairPredictor}: {@link AffinityGnn} over the candidate-pair graph
 * ({@link GraphBatches}), predicting the deviation from the pair's long-run mean. Holds native memory
 * once fitted; {@link #close()} frees it.
 */
public final class GnnPredictor implements FineTunable, AutoCloseable {
    private final GnnConfig config;
    private AffinityGnn model;
    private TrainingReport lastReport;

    public GnnPredictor(GnnConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    private GnnPredictor(GnnConfig config, AffinityGnn model) {
        this.config = config;
        this.model = model;
    }

    /** A fitted predictor from {@link #save()}'s bytes. */
    public static GnnPredictor load(byte[] bytes) {
        AffinityGnn gnn = AffinityGnn.load(bytes);
        return new GnnPredictor(gnn.config(), gnn);
    }

    @Override
    public String name() {
        return "gnn";
    }

    public GnnConfig config() {
        return config;
    }

    /** The ND4J backend in use, e.g. {@code CPU} or {@code CUDA}. */
    public static String backend() {
        return AffinityGnn.backend();
    }

    /** What the last fit or fine-tuning did; null before the first. */
    public TrainingReport lastReport() {
        return lastReport;
    }

    /** Trained weights. */
    public long parameters() {
        requireFitted();
        return model.parameterCount();
    }

    @Override
    public void fit(List<WindowExample> training, Consumer<FitProgress> progress) {
        List<GraphBatch> batches = GraphBatches.forTraining(training);
        close();
        model = AffinityGnn.create(config, batches.get(0).nodeFeatureCount(), batches.get(0).pairFeatureCount());
        lastReport = model.train(batches, relay(progress));
    }

    @Override
    public void fineTune(List<WindowExample> recent, int epochs, Consumer<FitProgress> progress) {
        requireFitted();
        lastReport = model.fineTune(GraphBatches.forTraining(recent), epochs, relay(progress));
    }

    @Override
    public float[] predict(WindowExample example) {
        requireFitted();
        float[] out = model.predict(GraphBatches.forPrediction(example));
        float[] anchor = PairInputs.anchor(example);
        for (int p = 0; p < out.length; p++) {
            out[p] = anchor[p] + GraphBatches.fromOutput(out[p]);
        }
        return ColdStart.apply(name(), example, out);
    }

    @Override
    public FineTunable copy() {
        requireFitted();
        return new GnnPredictor(config, AffinityGnn.load(model.save()));
    }

    /** The fitted model's bytes, for the model store. */
    public byte[] save() {
        requireFitted();
        return model.save();
    }

    @Override
    public void close() {
        if (model != null) {
            model.close();
            model = null;
        }
    }

    private Consumer<EpochProgress> relay(Consumer<FitProgress> progress) {
        return e -> progress.accept(new FitProgress(name(), e.epoch(), e.epochs(), e.loss(), e.seconds()));
    }

    private void requireFitted() {
        if (model == null) {
            throw new IllegalStateException("the GNN has not been fitted");
        }
    }
}
