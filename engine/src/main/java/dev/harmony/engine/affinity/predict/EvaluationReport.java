package dev.harmony.engine.affinity.predict;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of an evaluation: every model's metrics on the same test pairs, with the sizes of both splits.
 *
 * @param models         one result per model, in the order given
 * @param trainWindows   training examples
 * @param trainPairs     training pairs a model could learn from (scored target, some history)
 * @param testWindows    test examples
 * @param testPairs      test (pair, window) values with a realized score: what every metric counts
 * @param testColdPairs  of those, pairs without history, predicted by the prior for every model
 * @param k              the k of precision at k
 */
public record EvaluationReport(List<ModelResult> models, int trainWindows, int trainPairs, int testWindows,
                               int testPairs, int testColdPairs, int k) {
    public EvaluationReport {
        models = List.copyOf(models);
    }

    public Optional<ModelResult> model(String name) {
        return models.stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
