package dev.harmony.app.cli;

import dev.harmony.engine.affinity.gnn.TrainingReport;
import dev.harmony.engine.affinity.predict.ModelScore;
import dev.harmony.engine.affinity.predict.WindowExample;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The metadata stored with a trained affinity model: what it learned from, on which features, and how well. */
final class TrainedModelMeta {
    /** Bumped whenever the stored bytes or the features they expect change meaning. */
    static final String FORMAT_VERSION = "1";

    private TrainedModelMeta() {
    }

    static Map<String, String> of(String source, DayRange days, List<WindowExample> examples, AffinityModelOptions model,
                                  TrainingReport report, ModelScore fit) {
        WindowExample first = examples.get(0);
        String nodeColumns = String.join(",", first.nodeFeatures().columns());
        String pairColumns = String.join(",", first.pairFeatures().columns());
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("format_version", FORMAT_VERSION);
        meta.put("source", source);
        meta.put("train_days", days.toString());
        meta.put("train_from", first.target().start().toString());
        meta.put("train_to", examples.get(examples.size() - 1).target().end().toString());
        meta.put("window_hours", Integer.toString(model.windowHours));
        meta.put("history_windows", Integer.toString(model.history));
        meta.put("seed", Long.toString(model.seed()));
        meta.put("node_features", nodeColumns);
        meta.put("pair_features", pairColumns);
        meta.put("feature_schema_sha256", sha256(nodeColumns + "|" + pairColumns));
        meta.put("backend", report.backend());
        meta.put("parameters", Long.toString(report.parameters()));
        meta.put("epochs", Integer.toString(report.epochs().size()));
        meta.put("final_loss", Double.toString(report.finalLoss()));
        meta.put("train_mae", Double.toString(fit.mae()));
        meta.put("train_spearman", Double.toString(fit.spearman()));
        meta.put("train_pairs", Integer.toString(fit.pairs()));
        return meta;
    }

    /** The feature schema hash of an example, as stored under {@code feature_schema_sha256}. */
    static String schemaOf(WindowExample example) {
        return sha256(String.join(",", example.nodeFeatures().columns()) + "|" + String.join(",", example.pairFeatures().columns()));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
