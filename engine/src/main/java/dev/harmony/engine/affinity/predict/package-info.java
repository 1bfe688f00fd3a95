/**
 * Predicting next-window affinity: time-based windowing of a pool's history into examples, the
 * {@link dev.harmony.engine.affinity.predict.PairPredictor} models (baselines, an MLP and the GNN),
 * the metrics they are compared on, and an adaptive wrapper that keeps a model current.
 */
package dev.harmony.engine.affinity.predict;
