package dev.harmony.app.workstation.training;

import dev.harmony.engine.affinity.gnn.TrainingReport;
import dev.harmony.engine.affinity.predict.AffinityEvaluation;
import dev.harmony.engine.affinity.predict.CorrelationPredictor;
import dev.harmony.engine.affinity.predict.EvaluationReport;
import dev.harmony.engine.affinity.predict.GnnPredictor;
import dev.harmony.engine.affinity.predict.HistoryMeanPredictor;
import dev.harmony.engine.affinity.predict.MlpConfig;
import dev.harmony.engine.affinity.predict.MlpPredictor;
import dev.harmony.engine.affinity.predict.ModelScore;
import dev.harmony.engine.affinity.predict.PersistencePredictor;
import dev.harmony.engine.affinity.predict.WindowExample;
import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.store.ModelInfo;
import dev.harmony.engine.store.ModelStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Trains the affinity GNN on an open source and stores each trained model as a new version; evaluates the
 * GNN against the baselines on the same split. Runs on a background thread; progress goes to a consumer on
 * that thread, and a {@link Cancellation} stops it between epochs.
 */
public final class AffinityTraining {
    /** The stored kind {@code harmony train} writes too, so either side reads the other's models. */
    static final String KIND = "harmony-affinity-gnn/1";
    /** The name models trained in the window are stored under, as {@code harmony train} defaults to. */
    public static final String MODEL_NAME = "affinity-gnn";
    private static final int K = 50;
    private final ModelStore models;

    public AffinityTraining(ModelStore models) {
        this.models = models;
    }

    /** The ND4J backend the model runs on, e.g. {@code CPU (nd4j-native, OPENBLAS, 1 threads)}; loads ND4J. */
    public static String backend() {
        return GnnPredictor.backend();
    }

    /** Every stored version of the window's model, oldest first. */
    public List<ModelInfo> versions() {
        return models.versions(MODEL_NAME);
    }

    /**
     * Trains on the source's history, reporting each epoch with its training and validation error, and
     * stores the model.
     */
    public ModelInfo train(Connector source, TrainingSettings settings, Consumer<EpochPoint> progress, Cancellation stop) {
        TrainingData data = TrainingData.from(source, settings);
        stop.check();
        try (GnnPredictor gnn = new GnnPredictor(settings.gnn())) {
            List<EpochPoint> points = new ArrayList<>();
            gnn.fit(data.train(), p -> {
                long t0 = System.nanoTime();
                double train = mae(gnn, data.train());
                double validation = mae(gnn, data.validation());
                EpochPoint point = new EpochPoint(p.epoch(), p.epochs(), p.loss(), train, validation, p.seconds() + (System.nanoTime() - t0) / 1e9);
                points.add(point);
                progress.accept(point);
                stop.check();
            });
            TrainingReport report = gnn.lastReport();
            return models.save(MODEL_NAME, KIND, TrainingMeta.of(source.name(), settings, data, report, points.get(points.size() - 1)), gnn.save());
        }
    }

    /** The GNN and the baselines trained on the same windows and scored on the validation windows. */
    public EvaluationReport evaluate(Connector source, TrainingSettings settings, Cancellation stop) {
        TrainingData data = TrainingData.from(source, settings);
        stop.check();
        try (GnnPredictor gnn = new GnnPredictor(settings.gnn())) {
            return new AffinityEvaluation(K).run(data.train(), data.validation(), List.of(gnn, new PersistencePredictor(),
                    new HistoryMeanPredictor(), new MlpPredictor(MlpConfig.defaults().withSeed(settings.seed())), new CorrelationPredictor()),
                    p -> stop.check());
        }
    }

    private static double mae(GnnPredictor gnn, List<WindowExample> examples) {
        List<float[]> predictions = new ArrayList<>();
        examples.forEach(e -> predictions.add(gnn.predict(e)));
        return ModelScore.of(examples, predictions, K).mae();
    }
}
