package dev.harmony.engine.affinity.predict;

import dev.harmony.engine.affinity.gnn.AffinityGnn;
import dev.harmony.engine.affinity.gnn.EpochProgress;
import dev.harmony.engine.affinity.gnn.GnnConfig;
import dev.harmony.engine.affinity.gnn.GraphBatch;
import dev.harmony.engine.affinity.gnn.TrainingReport;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The graph model as a {@link PairPredictor}: {@link AffinityGnn} over the candidate-pair graph
 * ({@link GraphBatches}), predicting the deviation from the pair's long-run mean in units of a scale
 * fitted on the training pairs. Holds native memory once fitted; {@link #close()} frees it.
 */
public final class GnnPredictor implements FineTunable, AutoCloseable {
    /** First bytes of {@link #save()}'s output: "HGP1", the scale, then the GNN's own bytes. */
    private static final int MAGIC = 0x48475031;

    private final GnnConfig config;
    private AffinityGnn model;
    private float scale = 1;
    private TrainingReport lastReport;

    public GnnPredictor(GnnConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    private GnnPredictor(GnnConfig config, AffinityGnn model, float scale) {
        this.config = config;
        this.model = model;
        this.scale = scale;
    }

    /**
     * A fitted predictor from {@link #save()}'s bytes.
     *
     * @throws IllegalArgumentException when the bytes are not a saved affinity GNN
     */
    public static GnnPredictor load(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (bytes.length < 8 || in.getInt() != MAGIC) {
            throw new IllegalArgumentException("not a saved affinity GNN (" + bytes.length + " bytes)");
        }
        float scale = in.getFloat();
        AffinityGnn gnn = AffinityGnn.load(Arrays.copyOfRange(bytes, 8, bytes.length));
        return new GnnPredictor(gnn.config(), gnn, scale);
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
        scale = GraphBatches.scaleOf(training);
        List<GraphBatch> batches = GraphBatches.forTraining(training, scale);
        close();
        model = AffinityGnn.create(config, batches.get(0).nodeFeatureCount(), batches.get(0).pairFeatureCount());
        lastReport = model.train(batches, relay(progress));
    }

    @Override
    public void fineTune(List<WindowExample> recent, int epochs, Consumer<FitProgress> progress) {
        requireFitted();
        lastReport = model.fineTune(GraphBatches.forTraining(recent, scale), epochs, relay(progress));
    }

    @Override
    public float[] predict(WindowExample example) {
        requireFitted();
        float[] out = model.predict(GraphBatches.forPrediction(example));
        float[] anchor = PairInputs.anchor(example);
        for (int p = 0; p < out.length; p++) {
            out[p] = anchor[p] + GraphBatches.fromOutput(out[p], scale);
        }
        return ColdStart.apply(name(), example, out);
    }

    @Override
    public FineTunable copy() {
        requireFitted();
        return new GnnPredictor(config, AffinityGnn.load(model.save()), scale);
    }

    /** The fitted model's bytes, for the model store. */
    public byte[] save() {
        requireFitted();
        byte[] gnn = model.save();
        return ByteBuffer.allocate(8 + gnn.length).putInt(MAGIC).putFloat(scale).put(gnn).array();
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
