package dev.harmony.engine.affinity.predict;

/**
 * One model's line of an evaluation.
 *
 * @param name           the model's name
 * @param score          its metrics on the test windows
 * @param fitSeconds     time spent fitting on the training windows
 * @param predictSeconds time spent predicting every test window
 */
public record ModelResult(String name, ModelScore score, double fitSeconds, double predictSeconds) {
}
