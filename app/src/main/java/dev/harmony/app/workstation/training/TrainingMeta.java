package dev.harmony.app.workstation.training;

import dev.harmony.engine.affinity.gnn.TrainingReport;
import dev.harmony.engine.affinity.predict.WindowExample;
import java.util.LinkedHashMap;
import java.util.Map;

/** The metadata stored with a model trained in the window: its source, windows, backend and errors. */
final class TrainingMeta {
    private TrainingMeta() {
    }

    static Map<String, String> of(String source, TrainingSettings settings, TrainingData data, TrainingReport report, EpochPoint last) {
        WindowExample first = data.train().get(0);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("format_version", "1");
        meta.put("source", source);
        meta.put("trained_in", "workstation");
        meta.put("train_from", first.target().start().toString());
        meta.put("train_to", data.train().get(data.train().size() - 1).target().end().toString());
        meta.put("validation_to", data.validation().get(data.validation().size() - 1).target().end().toString());
        meta.put("window_hours", Integer.toString(settings.windowHours()));
        meta.put("history_windows", Integer.toString(settings.history()));
        meta.put("seed", Long.toString(settings.seed()));
        meta.put("node_features", String.join(",", first.nodeFeatures().columns()));
        meta.put("pair_features", String.join(",", first.pairFeatures().columns()));
        meta.put("backend", report.backend());
        meta.put("parameters", Long.toString(report.parameters()));
        meta.put("epochs", Integer.toString(report.epochs().size()));
        meta.put("final_loss", Double.toString(report.finalLoss()));
        meta.put("train_mae", Double.toString(last.trainMae()));
        meta.put("validation_mae", Double.toString(last.validationMae()));
        return meta;
    }
}
