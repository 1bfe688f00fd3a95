package dev.harmony.app.cli;

import dev.harmony.engine.affinity.gnn.TrainingReport;
import dev.harmony.engine.affinity.predict.FitProgress;
import dev.harmony.engine.affinity.predict.GnnPredictor;
import dev.harmony.engine.affinity.predict.ModelScore;
import dev.harmony.engine.affinity.predict.WindowExample;
import dev.harmony.engine.store.ModelInfo;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code harmony train}: trains the affinity GNN on days of a lab, printing progress, and saves it in the store. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the affinity GNN on days of a lab and save it, with its training range, feature schema",
            "and metrics, as a new version in the store. Prints epoch and loss as it goes."})
final class TrainCommand implements Callable<Integer> {
    /** What reads the stored bytes back: {@code GnnPredictor.load}. */
    static final String KIND = "harmony-affinity-gnn/1";

    private final AppContext context;
    @Option(names = "--source", paramLabel = "lab:NAME", description = "Where the history comes from, e.g. lab:bitbrains-rnd, or profile:NAME of a lab profile.")
    private String source;
    @Mixin
    private ProfileOption profile;
    @Option(names = "--days", defaultValue = "1-20", paramLabel = "A-B", description = "Days whose windows the model learns from (default ${DEFAULT-VALUE}).")
    private String days;
    @Option(names = "--name", defaultValue = "affinity-gnn", description = "Name the model is stored under (default ${DEFAULT-VALUE}).")
    private String name;
    @Mixin
    private AffinityModelOptions model;
    @Mixin
    private JsonOption json;
    @Spec
    private CommandSpec spec;

    TrainCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String source = profile.source(this.source);
        DayRange range = DayRange.parse("--days", days);
        PrintWriter out = spec.commandLine().getOut();
        // Progress goes to the error stream under --json, so the output stays one JSON document.
        PrintWriter progressOut = json.enabled() ? spec.commandLine().getErr() : out;
        FitProgressPrinter printer = new FitProgressPrinter(progressOut, FitProgressPrinter.onTerminal());
        List<FitProgress> epochs = new ArrayList<>();
        try (AffinitySourceLoader.LoadedSource loaded = AffinitySourceLoader.open(context, source, model.windowing());
             GnnPredictor gnn = new GnnPredictor(model.gnn())) {
            List<WindowExample> examples = loaded.examples(range);
            try {
                gnn.fit(examples, p -> {
                    epochs.add(p);
                    printer.accept(p);
                });
            } catch (IllegalArgumentException e) {
                throw new UserError("cannot train on --days " + range + ": " + e.getMessage());
            }
            List<float[]> predictions = new ArrayList<>();
            examples.forEach(e -> predictions.add(gnn.predict(e)));
            ModelScore fit = ModelScore.of(examples, predictions, 50);
            TrainingReport report = gnn.lastReport();
            Map<String, String> meta = TrainedModelMeta.of(source, range, examples, model, report, fit);
            ModelInfo info = context.store().models().save(name, KIND, meta, gnn.save());
            if (json.enabled()) {
                JsonOutput.write(out, json(info, report, fit, epochs));
            } else {
                out.printf(Locale.ROOT, "Saved %s version %d (%,d bytes, %s): %d epochs in %.1f s on %s, final loss %.6f, "
                        + "training MAE %.6f over %,d pairs%n", info.name(), info.version(), info.sizeBytes(), KIND,
                        report.epochs().size(), report.seconds(), report.backend(), report.finalLoss(), fit.mae(), fit.pairs());
                out.flush();
            }
        }
        return ExitCodes.OK;
    }

    private Map<String, Object> json(ModelInfo info, TrainingReport report, ModelScore fit, List<FitProgress> epochs) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", "harmony.affinity-train/1");
        doc.put("name", info.name());
        doc.put("version", info.version());
        doc.put("kind", info.kind());
        doc.put("size_bytes", info.sizeBytes());
        doc.put("source", source);
        doc.put("days", DayRange.parse("--days", days).toString());
        doc.put("backend", report.backend());
        doc.put("parameters", report.parameters());
        doc.put("seconds", report.seconds());
        doc.put("final_loss", report.finalLoss());
        doc.put("train_mae", fit.mae());
        doc.put("train_pairs", fit.pairs());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FitProgress p : epochs) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("epoch", p.epoch());
            row.put("loss", p.loss());
            row.put("seconds", p.seconds());
            rows.add(row);
        }
        doc.put("epochs", rows);
        doc.put("meta", info.meta());
        return doc;
    }
}
