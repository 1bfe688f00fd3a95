package dev.harmony.app.workstation.training;

/**
 * One point of the loss curve: after an epoch, the model's error on the training and on the held-out
 * validation windows, in the same unit (mean absolute error of the affinity score).
 *
 * @param epoch         epochs done, from 1
 * @param epochs        epochs planned
 * @param loss          the optimiser's mean loss over the epoch (scaled residuals)
 * @param trainMae      MAE on the training windows after the epoch
 * @param validationMae MAE on the validation windows after the epoch
 * @param seconds       time the epoch took, with the two measurements
 */
public record EpochPoint(int epoch, int epochs, double loss, double trainMae, double validationMae, double seconds) {
}
