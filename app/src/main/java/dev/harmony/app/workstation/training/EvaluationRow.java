package dev.harmony.app.workstation.training;

import dev.harmony.engine.affinity.predict.ModelResult;

/**
 * One model's line in the evaluation table.
 *
 * @param model        the model, e.g. {@code gnn} or {@code history_mean}
 * @param mae          mean absolute error on the validation windows
 * @param spearman     rank correlation with the realized scores
 * @param precisionAtK precision at k of the most negative pairs
 * @param fitSeconds   time spent fitting
 * @param best         whether its MAE is the lowest of the table
 */
public record EvaluationRow(String model, double mae, double spearman, double precisionAtK, double fitSeconds, boolean best) {
    static EvaluationRow of(ModelResult r, boolean best) {
        return new EvaluationRow(r.name(), r.score().mae(), r.score().spearman(), r.score().precisionAtK(), r.fitSeconds(), best);
    }
}
