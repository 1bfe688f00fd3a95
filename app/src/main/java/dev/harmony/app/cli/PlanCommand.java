package dev.harmony.app.cli;

import dev.harmony.engine.health.HealthOptions;
import dev.harmony.engine.plan.PlanCodec;
import dev.harmony.engine.planner.Blocker;
import dev.harmony.engine.planner.GreedyScanPlanner;
import dev.harmony.engine.planner.HarmonyPlanner;
import dev.harmony.engine.planner.MigrationPlanner;
import dev.harmony.engine.planner.PlanOutcome;
import dev.harmony.engine.planner.PlannerOptions;
import dev.harmony.engine.planner.PlanningRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code harmony plan --source lab:NAME [--threshold x] [--max-moves n] [--json] [--out FILE]}: plans
 * migrations for the lab as it is now; the plan (JSON with {@code --json} or {@code --out}) is the file
 * {@code harmony execute --plan FILE} runs.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Plan migrations for a source as it is now: candidates, optimisation (Timefold), impact check",
            "through the simulator, safe batches. Progress and the summary go to stderr; the plan to stdout or --out."},
        footer = {"", "Exit codes: 0 a plan (possibly with no move), 3 bad input or no plan possible (the reason is printed)."})
final class PlanCommand implements Callable<Integer> {
    private final AppContext context;
    @Option(names = "--source", paramLabel = "SOURCE", description = "What to plan for: lab:NAME (e.g. lab:bitbrains-rnd) or profile:NAME.")
    private String source;
    @Mixin
    private ProfileOption profile;
    @Option(names = "--threshold", paramLabel = "X", description = "Migration threshold: co-located pairs with predicted affinity below it are candidates (default ${DEFAULT-VALUE}).")
    private double threshold = PlannerOptions.defaults().threshold();
    @Option(names = "--max-moves", paramLabel = "N", description = "Most VMs the plan moves (default ${DEFAULT-VALUE}).")
    private int maxMoves = PlannerOptions.defaults().maxMoves();
    @Option(names = "--policy", paramLabel = "NAME", description = "harmony (the optimiser, default) or greedy (the seed's scan).")
    private String policy = "harmony";
    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "The optimiser's time limit (default ${DEFAULT-VALUE}).")
    private long timeLimit = PlannerOptions.defaults().timeLimit().getSeconds();
    @Option(names = "--out", paramLabel = "FILE", description = "Also write the plan to FILE, for harmony execute --plan FILE.")
    private Path out;
    @Mixin
    private JsonOption json;
    @Spec
    private CommandSpec spec;

    PlanCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        PlannerOptions options = options();
        String source = profile.source(this.source);
        PrintWriter err = spec.commandLine().getErr();
        err.println("harmony plan: reading " + source + " and forecasting the next " + PlanSourceLoader.HORIZON.toHours() + " h ...");
        err.flush();
        PlanningRequest request = new PlanSourceLoader(context).request(source, threads(), options.hysteresis(), err);
        MigrationPlanner planner = "greedy".equals(policy) ? new GreedyScanPlanner(options, HealthOptions.defaults())
                : new HarmonyPlanner(options, HealthOptions.defaults());
        PlanProgressPrinter progress = new PlanProgressPrinter(err, TerminalProgress.onTerminal(), options.timeLimit());
        PlanOutcome outcome = planner.plan(request, progress);
        progress.done();
        if (outcome instanceof PlanOutcome.Blocked blocked) {
            throw new UserError("no plan for " + source + ": " + blocked.blockers().stream().map(Blocker::message)
                    .collect(Collectors.joining("; ")));
        }
        PlanOutcome.Planned planned = (PlanOutcome.Planned) outcome;
        PlanCodec codec = new PlanCodec();
        if (out != null) {
            codec.write(planned.plan(), out);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (json.enabled()) {
            stdout.print(codec.write(planned.plan()));
            stdout.flush();
            PlanText.summary(err, planned);
        } else {
            PlanText.print(stdout, planned, out);
        }
        return ExitCodes.OK;
    }

    private PlannerOptions options() {
        if (!"harmony".equals(policy) && !"greedy".equals(policy)) {
            throw new UserError("--policy '" + policy + "' is not harmony or greedy");
        }
        if (!(threshold >= -1 && threshold <= 1)) {
            throw new UserError("--threshold " + threshold + " must be within -1..1 (affinity scores lie there)");
        }
        if (maxMoves < 0 || maxMoves > 1000) {
            throw new UserError("--max-moves " + maxMoves + " must be within 0..1000");
        }
        if (timeLimit < 1 || timeLimit > 3600) {
            throw new UserError("--time-limit " + timeLimit + " must be within 1..3600 seconds");
        }
        return PlannerOptions.defaults().withThreshold(threshold).withMaxMoves(maxMoves)
                .withLimits(Duration.ofSeconds(timeLimit), PlannerOptions.defaults().stepLimit());
    }

    static int threads() {
        return Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    }
}
