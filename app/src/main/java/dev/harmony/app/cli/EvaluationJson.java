package dev.harmony.app.cli;

import dev.harmony.engine.affinity.predict.AdaptationEvent;
import dev.harmony.engine.affinity.predict.AdaptiveReport;
import dev.harmony.engine.affinity.predict.EvaluationReport;
import dev.harmony.engine.affinity.predict.GnnPredictor;
import dev.harmony.engine.affinity.predict.ModelResult;
import dev.harmony.engine.affinity.predict.ModelScore;
import dev.harmony.engine.affinity.predict.WindowError;
import dev.harmony.engine.affinity.predict.WindowExample;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The result of {@code harmony evaluate} as JSON (schema harmony.affinity-evaluation/1) and as a text table. */
record EvaluationJson(String source, DayRange train, DayRange test, AffinityModelOptions model, EvaluationReport report,
                      AdaptiveReport adaptive, List<WindowExample> trainExamples, List<WindowExample> testExamples,
                      double examplesSeconds, double seconds) {
    static final String SCHEMA = "harmony.affinity-evaluation/1";
    private static final List<String> BASELINES = List.of("persistence", "history_mean", "mlp", "correlation");

    Map<String, Object> toJson() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", SCHEMA);
        doc.put("source", source);
        Map<String, Object> split = new LinkedHashMap<>();
        split.put("train_days", train.toString());
        split.put("test_days", test.toString());
        split.put("window_hours", model.windowHours);
        split.put("history_windows", model.history);
        split.put("train_windows", trainExamples.size());
        split.put("test_windows", testExamples.size());
        split.put("train_from", trainExamples.get(0).target().start().toString());
        split.put("train_to", trainExamples.get(trainExamples.size() - 1).target().end().toString());
        split.put("test_from", testExamples.get(0).target().start().toString());
        split.put("test_to", testExamples.get(testExamples.size() - 1).target().end().toString());
        doc.put("split", split);
        Map<String, Object> pairs = new LinkedHashMap<>();
        pairs.put("train_learnable", report.trainPairs());
        pairs.put("test_scored", report.testPairs());
        pairs.put("test_cold_start", report.testColdPairs());
        pairs.put("candidates_per_window", testExamples.stream().mapToInt(WindowExample::size).average().orElse(0));
        doc.put("pairs", pairs);
        doc.put("k", report.k());
        doc.put("seed", model.seed());
        doc.put("backend", GnnPredictor.backend());
        doc.put("cores", Runtime.getRuntime().availableProcessors());
        Map<String, Object> models = new LinkedHashMap<>();
        for (ModelResult m : report.models()) {
            Map<String, Object> row = score(m.score());
            row.put("fit_s", m.fitSeconds());
            row.put("predict_s", m.predictSeconds());
            models.put(m.name(), row);
        }
        doc.put("models", models);
        ModelResult best = bestBaseline();
        doc.put("best_baseline", best.name());
        report.model("gnn").ifPresent(g -> doc.put("gnn_mae_change_vs_best_baseline",
                number(g.score().mae() / best.score().mae() - 1)));
        if (adaptive != null) {
            doc.put("adaptive", adaptiveJson());
        }
        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("examples_s", examplesSeconds);
        timings.put("total_s", seconds);
        doc.put("timings", timings);
        return doc;
    }

    /** The baseline with the lowest MAE, which the GNN is measured against. */
    ModelResult bestBaseline() {
        return report.models().stream().filter(m -> BASELINES.contains(m.name()))
                .min((a, b) -> Double.compare(a.score().mae(), b.score().mae())).orElseThrow();
    }

    void printText(PrintWriter out) {
        out.printf(Locale.ROOT, "Affinity evaluation on %s: train days %s (%d windows), test days %s (%d windows)%n",
                source, train, trainExamples.size(), test, testExamples.size());
        out.printf(Locale.ROOT, "%,d test pairs with a realized score (%,d cold start), k = %d, backend %s%n%n",
                report.testPairs(), report.testColdPairs(), report.k(), GnnPredictor.backend());
        out.printf(Locale.ROOT, "  %-14s %10s %9s %8s %8s%n", "model", "MAE", "Spearman", "P@" + report.k(), "fit s");
        for (ModelResult m : report.models()) {
            out.printf(Locale.ROOT, "  %-14s %10.6f %9.4f %8.3f %8.1f%n", m.name(), m.score().mae(), m.score().spearman(),
                    m.score().precisionAtK(), m.fitSeconds());
        }
        if (adaptive != null) {
            out.printf(Locale.ROOT, "%nLast %d test windows: frozen GNN MAE %.6f, adaptive %.6f (%d retraining(s)), model age %d%n",
                    adaptive.windows(), adaptive.frozen().mae(), adaptive.adaptive().mae(), adaptive.retrainings(), adaptive.modelAge());
        }
        out.printf(Locale.ROOT, "%nExamples built in %.1f s; whole run %.1f s.%n", examplesSeconds, seconds);
        out.flush();
    }

    private Map<String, Object> adaptiveJson() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("model", "gnn");
        a.put("windows", adaptive.windows());
        a.put("frozen", score(adaptive.frozen()));
        a.put("adaptive", score(adaptive.adaptive()));
        a.put("retrainings", adaptive.retrainings());
        a.put("fine_tunings", adaptive.events().stream().filter(e -> e.kind() == AdaptationEvent.Kind.FINE_TUNED).count());
        a.put("model_age", adaptive.modelAge());
        a.put("error_slope_per_window", number(adaptive.errorSlope()));
        List<Map<String, Object>> trend = new ArrayList<>();
        for (WindowError e : adaptive.errors()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("window_start", e.window().start().toString());
            row.put("mae", number(e.mae()));
            row.put("model_age", e.modelAge());
            trend.add(row);
        }
        a.put("error_trend", trend);
        return a;
    }

    private static Map<String, Object> score(ModelScore s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("mae", number(s.mae()));
        row.put("spearman", number(s.spearman()));
        row.put("precision_at_k", number(s.precisionAtK()));
        row.put("pairs", s.pairs());
        row.put("windows", s.windows());
        return row;
    }

    /** JSON has no NaN: an undefined metric (e.g. Spearman of constant predictions) is null. */
    private static Double number(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
