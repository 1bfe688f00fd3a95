package dev.harmony.app.cli;

import dev.harmony.engine.store.ModelInfo;
import java.util.Map;
import java.util.Optional;

/** The report's model line: a stored trained model's name, version, training data and measured quality. */
final class ReportModelLine {
    /** What a report says when no model is named or none is stored under the name. */
    static final String NONE = "no trained model";

    private ReportModelLine() {
    }

    /** @param name the model's name as {@code harmony train --name} stored it; null for none */
    static String of(AppContext context, String name) {
        if (name == null) {
            return NONE;
        }
        Optional<ModelInfo> info = context.store().models().versions(name).stream().reduce((a, b) -> b.version() > a.version() ? b : a);
        if (info.isEmpty()) {
            throw new UserError("--model " + name + ": no trained model is stored under that name (harmony train --name " + name + ")");
        }
        ModelInfo m = info.get();
        Map<String, String> meta = m.meta();
        return m.name() + " version " + m.version() + " (" + m.kind() + ", stored " + m.createdAt() + "), trained on "
                + meta.getOrDefault("source", "?") + " days " + meta.getOrDefault("train_days", "?") + "; measured on its training"
                + " windows: MAE " + meta.getOrDefault("train_mae", "?") + ", Spearman " + meta.getOrDefault("train_spearman", "?")
                + " over " + meta.getOrDefault("train_pairs", "?") + " pairs";
    }
}
