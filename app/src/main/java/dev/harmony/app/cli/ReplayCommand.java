package dev.harmony.app.cli;

import dev.harmony.connectors.lab.datacenter.DatacenterOptions;
import dev.harmony.engine.health.HealthOptions;
import dev.harmony.engine.planner.GreedyScanPlanner;
import dev.harmony.engine.planner.HarmonyPlanner;
import dev.harmony.engine.planner.PlannerOptions;
import dev.harmony.engine.replay.PolicyResult;
import dev.harmony.engine.replay.ReplayInput;
import dev.harmony.engine.replay.ReplayOptions;
import dev.harmony.engine.replay.ReplayPolicy;
import dev.harmony.engine.replay.ReplayRunner;
import dev.harmony.engine.store.StoredModel;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code harmony replay --source lab:NAME --policy none|reactive|greedy|harmony [--json]}: runs the lab's
 * recorded days through the simulator with the policies acting, and compares what the pool went through.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replay a lab's recorded days with placement policies acting every few hours, and compare",
            "contention VM-hours, coincident peaks, migrations and mean health (docs/replay-evaluation.md)."})
final class ReplayCommand implements Callable<Integer> {
    private static final List<String> POLICIES = List.of("none", "reactive", "greedy", "harmony");
    private final AppContext context;
    @Option(names = "--source", paramLabel = "SOURCE", description = "The lab to replay, e.g. lab:bitbrains-rnd, or profile:NAME of a lab profile.")
    private String source;
    @Mixin
    private ProfileOption profile;
    @Option(names = "--policy", split = ",", paramLabel = "NAME", description = "none, reactive, greedy, harmony; comma-separated or repeated (default: all four).")
    private List<String> policies = new ArrayList<>(POLICIES);
    @Option(names = "--days", paramLabel = "A-B", description = "Days of the trace to replay, day 1 first (default ${DEFAULT-VALUE}; tuning used 1-20).")
    private String days = "21-30";
    @Option(names = "--every", paramLabel = "HOURS", description = "Hours between plans, also the health window (default ${DEFAULT-VALUE}).")
    private int everyHours = 2;
    @Option(names = "--replan-on-heat", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Planning policies also plan, between two regular plans (at most --heat-replans times), when a host has stayed above the reactive threshold (80 %%) for 15 minutes (default ${DEFAULT-VALUE}).")
    private boolean replanOnHeat;
    @Option(names = "--replan-on-overload", negatable = true, defaultValue = "" + ReplayDefaults.REPLAN_ON_OVERLOAD, fallbackValue = "true",
            description = "With --replan-on-heat, a host whose CPU or memory demand exceeds its capacity (the contention level) in one five-minute step also makes the planners plan at once (default ${DEFAULT-VALUE}).")
    private boolean replanOnOverload;
    @Option(names = "--heat-sustain", paramLabel = "MINUTES", description = "How long a host must stay above 80 %% before the planners plan again (default ${DEFAULT-VALUE}; a multiple of 5).")
    private int heatSustainMinutes = 15;
    @Option(names = "--reactive-every", paramLabel = "MINUTES", description = "How often the reactive policy checks the hosts, and how long a host must stay above 80 %% before it moves a VM (default ${DEFAULT-VALUE}; a multiple of 5).")
    private int reactiveEveryMinutes = 15;
    @Option(names = "--heat-replans", paramLabel = "N", description = "Most re-plans on heat between two regular plans (default ${DEFAULT-VALUE}).")
    private int heatReplans = 1;
    @Option(names = "--heat-horizon", paramLabel = "HOURS", description = "How far ahead a plan that heat triggered looks: forecasts, placement and its impact check (default ${DEFAULT-VALUE}; regular plans look 24 h ahead).")
    private int heatHorizonHours = ReplayDefaults.HEAT_HORIZON_HOURS;
    @Option(names = "--partial-plans", negatable = true, defaultValue = "" + ReplayDefaults.PARTIAL_PLANS, fallbackValue = "true",
            description = "When no placement keeps every hard rule, planners keep the moves that make no hard rule worse instead of planning nothing (default ${DEFAULT-VALUE}).")
    private boolean partialPlans;
    @Option(names = "--reactive-net", negatable = true, defaultValue = "" + ReplayDefaults.REACTIVE_NET, fallbackValue = "true",
            description = "Planning policies run with the reactive balancer as their safety net: between plans it moves a VM off a host that stayed above 80 %% for 15 minutes, as reactive does (default ${DEFAULT-VALUE}).")
    private boolean reactiveNet;
    @Option(names = "--threshold", paramLabel = "X", description = "The planners' migration threshold (default ${DEFAULT-VALUE}).")
    private double threshold = PlannerOptions.defaults().threshold();
    @Option(names = "--max-moves", paramLabel = "N", description = "Most VMs one plan moves (default ${DEFAULT-VALUE}).")
    private int maxMoves = ReplayDefaults.MAX_MOVES;
    @Option(names = "--min-gain", paramLabel = "POINTS", description = "Pool-health points a planned VM move must add (default ${DEFAULT-VALUE}).")
    private double minGain = ReplayDefaults.MIN_GAIN;
    @Option(names = "--contention-level", paramLabel = "U", description = "Utilisation above which a host counts as contended (default ${DEFAULT-VALUE}: demand above capacity).")
    private double level = 1.0;
    @Option(names = "--memory-load", paramLabel = "X", description = "Size the lab's datacenter for this provisioned memory load (0.1-0.95) instead of the lab's 0.65: fewer hosts, more contention.")
    private Double memoryLoad;
    @Option(names = "--lab-seed", paramLabel = "N", description = "Build the lab's datacenter (hosts, rules, initial placement) with this seed instead of the lab's own (42): another datacenter from the same trace. Several (1-10, or 1,2,7) replay each datacenter in turn and add a table over all of them.")
    private String labSeed;
    @Option(names = "--affinity", paramLabel = "SOURCE", description = "Predicted affinity: auto (the trained GNN of the source in the store when there is one, else the history mean; default) or history-mean.")
    private String affinity = "auto";
    @Mixin
    private JsonOption json;
    @Spec
    private CommandSpec spec;

    ReplayCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String source = profile.source(this.source);
        List<String> chosen = policies.stream().map(p -> p.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        for (String p : chosen) {
            if (!POLICIES.contains(p)) {
                throw new UserError("--policy '" + p + "' is not one of " + String.join(", ", POLICIES));
            }
        }
        if (everyHours < 1 || everyHours > 24 * 7) {
            throw new UserError("--every " + everyHours + " must be within 1..168 hours");
        }
        if (!(level > 0 && level <= 2)) {
            throw new UserError("--contention-level " + level + " must be within (0, 2]");
        }
        if (maxMoves < 0 || !(threshold >= -1 && threshold <= 1) || !(minGain >= 0 && minGain <= 100)) {
            throw new UserError("--max-moves must be at least 0, --threshold within -1..1 and --min-gain within 0..100");
        }
        if (heatReplans < 1 || heatReplans > 100) {
            throw new UserError("--heat-replans " + heatReplans + " must be within 1..100");
        }
        if (reactiveEveryMinutes < 5 || reactiveEveryMinutes > 60 || reactiveEveryMinutes % 5 != 0) {
            throw new UserError("--reactive-every " + reactiveEveryMinutes + " must be a multiple of 5 within 5..60 minutes");
        }
        if (heatSustainMinutes < 5 || heatSustainMinutes > 60 || heatSustainMinutes % 5 != 0) {
            throw new UserError("--heat-sustain " + heatSustainMinutes + " must be a multiple of 5 within 5..60 minutes");
        }
        if (heatHorizonHours < 1 || heatHorizonHours > 24) {
            throw new UserError("--heat-horizon " + heatHorizonHours + " must be within 1..24 hours");
        }
        DayRange range = DayRange.parse("--days", days);
        PrintWriter err = spec.commandLine().getErr();
        if (memoryLoad != null && !(memoryLoad > 0.1 && memoryLoad <= 0.95)) {
            throw new UserError("--memory-load " + memoryLoad + " must be within 0.1..0.95");
        }
        if (!"auto".equals(affinity) && !"history-mean".equals(affinity)) {
            throw new UserError("--affinity '" + affinity + "' is not auto or history-mean");
        }
        ReplayOptions options = ReplayOptions.defaults().withPlanEvery(Duration.ofHours(everyHours)).withContentionLevel(level)
                .withReplanOnHeat(replanOnHeat).withHeatReplans(heatReplans).withHeatHorizon(Duration.ofHours(heatHorizonHours))
                .withReplanOnOverload(replanOnOverload).withReactiveEvery(Duration.ofMinutes(reactiveEveryMinutes))
                .withHeatSustain(Duration.ofMinutes(heatSustainMinutes));
        PlannerOptions planner = ReplayDefaults.planner(threshold, maxMoves).withMinGain(minGain)
                .withPartialPlans(partialPlans);
        ReplayRunner runner = new ReplayRunner(options);
        LabSeeds seeds = labSeed == null ? new LabSeeds(List.of(DatacenterOptions.defaults().seed()))
                : LabSeeds.parse("--lab-seed", labSeed);
        List<ReplayDatacenter> datacenters = new ArrayList<>();
        PrintWriter out = spec.commandLine().getOut();
        for (int k = 0; k < seeds.seeds().size(); k++) {
            long seed = seeds.seeds().get(k);
            if (seeds.several()) {
                err.printf(Locale.ROOT, "harmony replay: datacenter %d of %d (lab seed %d)%n", k + 1, seeds.seeds().size(), seed);
            }
            Map<String, PolicyResult> results = new LinkedHashMap<>();
            try (PlanSourceLoader.OpenReplay open = new PlanSourceLoader(context).replay(source, range,
                    memoryLoad == null ? Double.NaN : memoryLoad, seed);
                 ReplayAffinity prediction = prediction(open, err)) {
                String predicted = prediction.describe();
                err.println("harmony replay: predicted affinity: " + predicted);
                err.flush();
                run(source, open.input(), chosen, planner, runner, prediction, range, err, results);
                datacenters.add(new ReplayDatacenter(seed, open.input().hosts().size(), predicted, results));
            }
            if (!json.enabled()) {
                // Each datacenter's table as soon as it is done: a long run shows what it has so far.
                ReplayDatacenter d = datacenters.get(datacenters.size() - 1);
                ReplayJson.text(out, source, range, options, d.hosts(), d.results());
                out.println("  lab datacenter seed: " + d.seed());
                out.flush();
            }
        }
        String predicted = datacenters.stream().map(ReplayDatacenter::predicted).distinct().collect(Collectors.joining("; "));
        if (json.enabled()) {
            Map<String, Object> doc = ReplayJson.of(source, range, options, datacenters);
            doc.put("predicted_affinity", predicted);
            doc.put("reactive_net", reactiveNet);
            doc.put("min_gain", planner.minGain());
            doc.put("max_moves", planner.maxMoves());
            doc.put("threshold", planner.threshold());
            doc.put("partial_plans", planner.partialPlans());
            doc.put("memory_load", memoryLoad);
            JsonOutput.write(out, doc);
        } else {
            if (seeds.several()) {
                out.printf(Locale.ROOT, "All %d datacenters (seeds %s): contention, peaks, migrations and time summed, health the mean%n",
                        datacenters.size(), seeds);
                ReplayJson.rows(out, ReplayDatacenter.totals(datacenters));
            }
            out.println("  predicted affinity: " + predicted);
            out.println("  planners' safety net: " + (reactiveNet ? "the reactive balancer acts between plans" : "none"));
            out.printf(Locale.ROOT, "  planners: a move must add more than %s points of health, at most %d VMs a plan, threshold %s%n",
                    plain(planner.minGain()), planner.maxMoves(), plain(planner.threshold()));
            out.flush();
        }
        return ExitCodes.OK;
    }

    private ReplayAffinity prediction(PlanSourceLoader.OpenReplay open, PrintWriter err) {
        ReplayInput input = open.input();
        Optional<StoredModel> model = Optional.empty();
        if ("auto".equals(affinity)) {
            model = PlanAffinity.usableModel(Optional.of(context.store().models()), input.source(),
                    "history mean", line -> err.println("harmony replay: " + line));
            model.ifPresent(m -> err.println("harmony replay: " + PlanAffinity.label(m) + " found in the store; its days "
                    + m.info().meta().getOrDefault("train_days", "?") + " must precede --days for an honest replay"));
        }
        return new ReplayAffinity(input, model, open.lab().inventory(), open.lab()::traffic, PlanCommand.threads());
    }

    private void run(String source, ReplayInput input, List<String> chosen, PlannerOptions planner, ReplayRunner runner,
                     ReplayAffinity prediction, DayRange range, PrintWriter err, Map<String, PolicyResult> results) {
        boolean bar = TerminalProgress.onTerminal();
        TerminalProgress progress = new TerminalProgress(err, bar, "harmony replay: ", 0);
        for (String p : chosen) {
            int done = results.size();
            progress.line(String.format(Locale.ROOT, "%s over days %s of %s ...", p, range, source));
            ReplayPolicy policy = switch (p) {
                case "none" -> ReplayPolicy.none();
                case "reactive" -> ReplayPolicy.reactiveBalancer();
                case "greedy" -> ReplayPolicy.planning(new GreedyScanPlanner(planner, HealthOptions.defaults()), reactiveNet);
                default -> ReplayPolicy.planning(new HarmonyPlanner(planner, HealthOptions.defaults()), reactiveNet);
            };
            results.put(p, runner.run(input, policy, prediction, line -> {
                if (bar) {
                    progress.step(done, chosen.size(), p + ": " + line);
                } else {
                    progress.line("  " + line);
                }
            }));
            progress.step(results.size(), chosen.size(), p + " done");
        }
        progress.finish();
    }

    /** A setting as a person writes it: 4, not 4.0; -0.02 as it is. */
    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
