package dev.harmony.app.cli;

import dev.harmony.engine.affinity.gnn.GnnConfig;
import dev.harmony.engine.affinity.predict.AdaptiveComparison;
import dev.harmony.engine.affinity.predict.AdaptiveOptions;
import dev.harmony.engine.affinity.predict.AdaptiveReport;
import dev.harmony.engine.affinity.predict.AffinityEvaluation;
import dev.harmony.engine.affinity.predict.CorrelationPredictor;
import dev.harmony.engine.affinity.predict.EvaluationReport;
import dev.harmony.engine.affinity.predict.FitProgress;
import dev.harmony.engine.affinity.predict.GnnPredictor;
import dev.harmony.engine.affinity.predict.HistoryMeanPredictor;
import dev.harmony.engine.affinity.predict.MlpConfig;
import dev.harmony.engine.affinity.predict.MlpPredictor;
import dev.harmony.engine.affinity.predict.PairPredictor;
import dev.harmony.engine.affinity.predict.PersistencePredictor;
import dev.harmony.engine.affinity.predict.WindowExample;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code harmony evaluate}: the GNN and the baselines trained on earlier days and scored on later ones
 * of a lab, every model on the same pairs; optionally an adaptive GNN against the frozen one.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Train the affinity models on some days of a lab and score them on later days (time-based split).",
            "Models: gnn, mlp and the baselines persistence, history_mean, correlation. Metrics: MAE, Spearman and",
            "precision@k of the most negative pairs, on the pairs with a realized score in each test window."})
final class EvaluateCommand implements Callable<Integer> {
    /** Test windows the adaptive comparison scores: the last week of one-day windows. */
    private static final int ADAPTIVE_WINDOWS = 7;

    private final AppContext context;
    @Option(names = "--source", paramLabel = "lab:NAME", description = "Where the history comes from, e.g. lab:bitbrains-rnd, or profile:NAME of a lab profile.")
    private String source;
    @Mixin
    private ProfileOption profile;
    @Option(names = "--train-days", defaultValue = "1-20", paramLabel = "A-B", description = "Days whose windows the models learn from (default ${DEFAULT-VALUE}).")
    private String trainDays;
    @Option(names = "--test-days", defaultValue = "21-30", paramLabel = "A-B", description = "Later days the models are scored on (default ${DEFAULT-VALUE}).")
    private String testDays;
    @Mixin
    private AffinityModelOptions model;
    @Option(names = "--k", defaultValue = "50", description = "How many most negative pairs precision@k looks at per window (default ${DEFAULT-VALUE}).")
    private int k;
    @Option(names = "--adaptive", description = "Also compare the GNN fine-tuned after every test window with the frozen GNN over the last test week.")
    private boolean adaptive;
    @Mixin
    private JsonOption json;
    @Spec
    private CommandSpec spec;

    EvaluateCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String source = profile.source(this.source);
        DayRange train = DayRange.parse("--train-days", trainDays);
        DayRange test = DayRange.parse("--test-days", testDays);
        if (test.first() <= train.last()) {
            throw new UserError("--test-days " + test + " must start after --train-days " + train + " ends: the split is by time");
        }
        if (k < 1) {
            throw new UserError("--k must be at least 1, was " + k);
        }
        PrintWriter err = spec.commandLine().getErr();
        FitProgressPrinter progress = new FitProgressPrinter(err, FitProgressPrinter.onTerminal() && !json.enabled());
        long t0 = System.nanoTime();
        try (AffinitySourceLoader.LoadedSource loaded = AffinitySourceLoader.open(context, source, model.windowing());
             GnnPredictor gnn = new GnnPredictor(model.gnn())) {
            List<WindowExample> trainExamples = loaded.examples(train);
            List<WindowExample> testExamples = loaded.examples(test);
            double examplesSeconds = (System.nanoTime() - t0) / 1e9;
            List<PairPredictor> models = List.of(gnn, new PersistencePredictor(), new HistoryMeanPredictor(),
                    new MlpPredictor(MlpConfig.defaults().withSeed(model.seed())), new CorrelationPredictor());
            // Only the GNN's epochs are worth watching; the MLP's take milliseconds.
            EvaluationReport report = evaluate(trainExamples, testExamples, models, p -> {
                if (p.model().equals("gnn")) {
                    progress.accept(p);
                }
            });
            AdaptiveReport adaptiveReport = null;
            if (adaptive) {
                if (testExamples.size() < 2) {
                    throw new UserError("--adaptive needs at least two test windows, --test-days " + test + " gives " + testExamples.size());
                }
                adaptiveReport = new AdaptiveComparison(AdaptiveOptions.defaults(), k)
                        .run(gnn, trainExamples, testExamples, Math.min(ADAPTIVE_WINDOWS, testExamples.size()));
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            EvaluationJson doc = new EvaluationJson(source, train, test, model, report, adaptiveReport,
                    trainExamples, testExamples, examplesSeconds, seconds);
            PrintWriter out = spec.commandLine().getOut();
            if (json.enabled()) {
                JsonOutput.write(out, doc.toJson());
            } else {
                doc.printText(out);
            }
        }
        return ExitCodes.OK;
    }

    private EvaluationReport evaluate(List<WindowExample> train, List<WindowExample> test, List<PairPredictor> models,
                                      Consumer<FitProgress> progress) {
        try {
            return new AffinityEvaluation(k).run(train, test, models, progress);
        } catch (IllegalArgumentException e) {
            throw new UserError("cannot evaluate on --train-days " + trainDays + ": " + e.getMessage());
        }
    }
}
