package dev.harmony.engine.affinity.gnn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Predicts the affinity of VM pairs with a GraphSAGE encoder (mean aggregation over sampled
 * neighbourhoods, {@link GnnConfig#layers()} hops) and an edge decoder, on ND4J's CPU or CUDA
 * backend. {@link #train} starts from seeded weights; {@link #fineTune} continues from the current
 * ones. Not thread-safe: one model, one thread at a time. Close it to free its native memory.
 */
public final class AffinityGnn implements AutoCloseable {
    private final GnnConfig config;
    private final int nodeFeatureCount;
    private final int pairFeatureCount;
    private final DataType type;
    private final SameDiff sd;
    private final Map<String, INDArray> weights = new LinkedHashMap<>();
    private final GraphInputs inputs;
    private final Predictor predictor;
    private FeatureScaling scaling;
    private AdamOptimizer optimizer;
    private int runs;
    private boolean closed;

    private AffinityGnn(GnnConfig config, int nodeFeatureCount, int pairFeatureCount, DataType type,
            Map<String, float[]> initial, FeatureScaling scaling, int runs) {
        this.config = config;
        this.nodeFeatureCount = nodeFeatureCount;
        this.pairFeatureCount = pairFeatureCount;
        this.type = type;
        this.scaling = scaling;
        this.runs = runs;
        NdRuntime.configureThreads();
        this.inputs = new GraphInputs(config, nodeFeatureCount, pairFeatureCount, type);
        Map<String, INDArray> values = new LinkedHashMap<>();
        for (SageGraph.Param p : SageGraph.params(config, nodeFeatureCount, pairFeatureCount)) {
            float[] v = initial.get(p.name());
            if (v == null || v.length != p.size()) {
                throw new IllegalArgumentException("weight " + p.name() + " is missing or has the wrong size");
            }
            values.put(p.name(), inputs.array(v, p.shape()));
        }
        this.sd = SageGraph.build(config, nodeFeatureCount, pairFeatureCount, type, values);
        values.keySet().forEach(name -> weights.put(name, sd.getVariable(name).getArr()));
        NdRuntime.createGradientGraph(sd);
        this.predictor = new Predictor(sd, inputs, config);
    }

    /** An untrained model with seeded initial weights. */
    public static AffinityGnn create(GnnConfig config, int nodeFeatureCount, int pairFeatureCount) {
        return create(config, nodeFeatureCount, pairFeatureCount, DataType.FLOAT);
    }

    /** As {@link #create(GnnConfig, int, int)} with a chosen precision (tests check gradients in double). */
    static AffinityGnn create(GnnConfig config, int nodeFeatureCount, int pairFeatureCount, DataType type) {
        Objects.requireNonNull(config, "config");
        if (nodeFeatureCount < 1 || pairFeatureCount < 0) {
            throw new IllegalArgumentException("need at least one node feature and no negative pair feature count: "
                    + nodeFeatureCount + ", " + pairFeatureCount);
        }
        return new AffinityGnn(config, nodeFeatureCount, pairFeatureCount, type,
                initialWeights(config, nodeFeatureCount, pairFeatureCount),
                FeatureScaling.identity(nodeFeatureCount, pairFeatureCount), 0);
    }

    /**
     * Trains from the seeded initial weights, fitting the feature scaling to these batches. The same
     * seed, configuration and batches give the same weights.
     */
    public TrainingReport train(List<GraphBatch> batches, Consumer<EpochProgress> progress) {
        checkTrainingInput(batches, progress);
        long start = System.nanoTime();
        initialWeights(config, nodeFeatureCount, pairFeatureCount)
                .forEach((name, v) -> weights.get(name).assign(inputs.array(v, weights.get(name).shape())));
        scaling = FeatureScaling.fit(batches, nodeFeatureCount, pairFeatureCount);
        optimizer = newOptimizer();
        runs = 0;
        return run(batches, config.epochs(), progress, start);
    }

    /** Continues training from the current weights and scaling on recent batches (online update). */
    public TrainingReport fineTune(List<GraphBatch> recent, int epochs, Consumer<EpochProgress> progress) {
        checkTrainingInput(recent, progress);
        if (runs == 0) {
            throw new IllegalStateException("fine-tuning needs a trained or loaded model; call train first");
        }
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs must not be negative: " + epochs);
        }
        if (optimizer == null) {
            optimizer = newOptimizer();
        }
        return run(recent, epochs, progress, System.nanoTime());
    }

    /** One score in [-1, 1] per pair of the batch; never NaN. */
    public float[] predict(GraphBatch batch) {
        checkOpen();
        checkShape(batch);
        return predictor.scores(batch, scaling);
    }

    /** The model as bytes: configuration, feature widths and scaling, weights. */
    public byte[] save() {
        checkOpen();
        Map<String, float[]> values = new LinkedHashMap<>();
        weights.forEach((name, arr) -> values.put(name, arr.castTo(DataType.FLOAT).dup('c').data().asFloat()));
        return ModelCodec.write(new ModelCodec.Snapshot(config, nodeFeatureCount, pairFeatureCount, runs, scaling, values));
    }

    /** A model saved by {@link #save()}; it predicts exactly as the saved one did. */
    public static AffinityGnn load(byte[] bytes) {
        ModelCodec.Snapshot s = ModelCodec.read(Objects.requireNonNull(bytes, "bytes"));
        return new AffinityGnn(s.config(), s.nodeFeatures(), s.pairFeatures(), DataType.FLOAT, s.weights(), s.scaling(), s.runs());
    }

    public GnnConfig config() {
        return config;
    }

    public int nodeFeatureCount() {
        return nodeFeatureCount;
    }

    public int pairFeatureCount() {
        return pairFeatureCount;
    }

    /** Number of trained weights. */
    public long parameterCount() {
        return SageGraph.params(config, nodeFeatureCount, pairFeatureCount).stream().mapToLong(SageGraph.Param::size).sum();
    }

    /** The ND4J backend in use, for example "CPU (nd4j-native, OPENBLAS, 2 threads)". */
    public static String backend() {
        return NdRuntime.describe();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            weights.values().forEach(INDArray::close);
        }
    }

    /** The live weight arrays, by name (tests perturb them). */
    Map<String, INDArray> weights() {
        return weights;
    }

    /** Loss of all the batch's pairs and its gradient per weight, with inference-time sampling. */
    org.nd4j.autodiff.samediff.api.OutAndGrad lossAndGradients(GraphBatch batch) {
        int[] all = java.util.stream.IntStream.range(0, batch.pairCount()).toArray();
        Trainer trainer = new Trainer(sd, inputs, weights, null, config.batchPairs());
        return trainer.lossAndGradients(inputs.training(batch, scaling.nodes(batch), scaling, all, config.seed()));
    }

    private TrainingReport run(List<GraphBatch> batches, int epochs, Consumer<EpochProgress> progress, long start) {
        Trainer trainer = new Trainer(sd, inputs, weights, optimizer, config.batchPairs());
        var done = trainer.run(batches, scaling, epochs, config.seed() + 7919L * runs, progress);
        runs++;
        return new TrainingReport(done, backend(), parameterCount(), (System.nanoTime() - start) / 1e9);
    }

    private AdamOptimizer newOptimizer() {
        return new AdamOptimizer(config.learningRate(), config.weightDecay(), weights.keySet().stream()
                .filter(name -> !name.toLowerCase(java.util.Locale.ROOT).contains("bias")).collect(Collectors.toSet()));
    }

    private void checkTrainingInput(List<GraphBatch> batches, Consumer<EpochProgress> progress) {
        checkOpen();
        Objects.requireNonNull(progress, "progress");
        if (Objects.requireNonNull(batches, "batches").isEmpty()) {
            throw new IllegalArgumentException("no training batches");
        }
        long pairs = 0;
        for (int i = 0; i < batches.size(); i++) {
            GraphBatch b = Objects.requireNonNull(batches.get(i), "batch " + i);
            checkShape(b);
            if (!b.hasTargets()) {
                throw new IllegalArgumentException("training batch " + i + " has no targets");
            }
            pairs += b.pairCount();
        }
        if (pairs == 0) {
            throw new IllegalArgumentException("the training batches hold no pairs");
        }
    }

    private void checkShape(GraphBatch batch) {
        Objects.requireNonNull(batch, "batch");
        if (batch.nodeCount() > 0 && batch.nodeFeatureCount() != nodeFeatureCount) {
            throw new IllegalArgumentException("batch has " + batch.nodeFeatureCount() + " node features, the model "
                    + nodeFeatureCount);
        }
        if (batch.pairCount() > 0 && batch.pairFeatureCount() != pairFeatureCount) {
            throw new IllegalArgumentException("batch has " + batch.pairFeatureCount() + " pair features, the model "
                    + pairFeatureCount);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("model is closed");
        }
    }

    /** Glorot-uniform matrices and zero biases from the configured seed, in Java so every backend starts alike. */
    private static Map<String, float[]> initialWeights(GnnConfig config, int nodeFeatures, int pairFeatures) {
        SplittableRandom rng = new SplittableRandom(config.seed());
        Map<String, float[]> out = new LinkedHashMap<>();
        for (SageGraph.Param p : SageGraph.params(config, nodeFeatures, pairFeatures)) {
            float[] v = new float[(int) p.size()];
            if (!p.isBias()) {
                double limit = Math.sqrt(6.0 / (p.rows() + p.cols()));
                for (int i = 0; i < v.length; i++) {
                    v[i] = (float) ((rng.nextDouble() * 2 - 1) * limit);
                }
            }
            out.put(p.name(), v);
        }
        return out;
    }
}
