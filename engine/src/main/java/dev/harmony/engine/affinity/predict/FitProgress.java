package dev.harmony.engine.affinity.predict;

/**
 * One step of a model's training, as trainers report it to the console or the UI.
 *
 * @param model   the model's name, e.g. {@code gnn}
 * @param epoch   epochs done, from 1
 * @param epochs  epochs planned
 * @param loss    mean training loss of the epoch
 * @param seconds time the epoch took
 */
public record FitProgress(String model, int epoch, int epochs, double loss, double seconds) {
}
