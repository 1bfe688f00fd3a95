package dev.harmony.app.cli;

import dev.harmony.connectors.lab.connector.LabOptions;
import dev.harmony.connectors.lab.dataset.LabDataset;
import dev.harmony.engine.bench.BenchRunner;
import dev.harmony.engine.bench.BenchSize;
import dev.harmony.engine.bench.BenchSuite;
import dev.harmony.engine.bench.BenchSuites;
import dev.harmony.engine.bench.ExecutorSuite;
import dev.harmony.engine.bench.MachineInfo;
import dev.harmony.engine.bench.SuiteResult;
import dev.harmony.engine.bench.TraceResampler;
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

/**
 * {@code harmony bench}: runs the benchmark suites (docs/benchmarks.md) on inputs resampled from a bundled lab's
 * real trace and prints the machine, the counts and min/median/max seconds with the heap high-water mark per suite.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure what Harmony promises: ingest, affinity, GNN training and inference, forecast, simulation,",
            "executor and planning (with the greedy baseline), on 10,000-VM inputs resampled from a real trace.",
            "Suites and fields: docs/benchmarks.md. Progress goes to standard error."})
final class BenchCommand implements Callable<Integer> {
    /** Replay speed of the lab in the executor suite: a migration of about a minute takes about 17 ms. */
    static final double EXECUTOR_LAB_SPEED = 3600;

    private final AppContext context;
    @Option(names = "--suite", paramLabel = "NAME", description = "Run only this suite (repeatable); default all.")
    private List<String> suites = new ArrayList<>();
    @Option(names = "--size", defaultValue = "full", paramLabel = "tiny|full",
            description = "Input size: full (the issue's sizes) or tiny (a smoke run); default ${DEFAULT-VALUE}.")
    private String size;
    @Option(names = "--warmup", defaultValue = "1", paramLabel = "N", description = "Untimed runs per suite (default ${DEFAULT-VALUE}).")
    private int warmup;
    @Option(names = "--repeat", defaultValue = "3", paramLabel = "N", description = "Timed runs per suite (default ${DEFAULT-VALUE}).")
    private int repeat;
    @Option(names = "--lab", defaultValue = "bitbrains-rnd", paramLabel = "NAME",
            description = "Bundled lab whose real trace is resampled (default ${DEFAULT-VALUE}).")
    private String lab;
    @Mixin
    private JsonOption json;
    @Spec
    private CommandSpec spec;

    BenchCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        BenchSize benchSize = parseSize();
        if (warmup < 0 || repeat < 1) {
            throw new UserError("--warmup must be at least 0 and --repeat at least 1");
        }
        if (!context.bundledLabs().contains(lab)) {
            throw new UserError("--lab " + lab + " is not a bundled lab; see `harmony lab list`");
        }
        MachineInfo machine = MachineInfo.current();
        PrintWriter err = spec.commandLine().getErr();
        err.printf("bench: loading the real trace of lab %s%n", lab);
        err.flush();
        LabDataset dataset = context.bundledLabs().dataset(lab);
        TraceResampler trace = BenchTraceLoader.load(dataset);
        List<BenchSuite> chosen = chosen(trace);
        boolean bar = TerminalProgress.onTerminal();
        TerminalProgress progress = new TerminalProgress(err, bar, "bench: ", 0);
        Map<String, SuiteResult> results = new LinkedHashMap<>();
        BenchRunner runner = new BenchRunner(benchSize, warmup, repeat, line -> {
            if (bar) {
                progress.step(results.size(), chosen.size(), line);
            } else {
                progress.line(line);
            }
        });
        for (BenchSuite suite : chosen) {
            results.put(suite.name(), runner.run(suite));
            progress.step(results.size(), chosen.size(), suite.name() + " done");
        }
        progress.finish();
        BenchReport report = new BenchReport(machine, benchSize, warmup, repeat, lab, results);
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            JsonOutput.write(out, report.json());
        } else {
            report.text(out);
        }
        return ExitCodes.OK;
    }

    private List<BenchSuite> chosen(TraceResampler trace) {
        List<BenchSuite> all = new ArrayList<>(BenchSuites.engine(trace));
        all.add(all.size() - 2, new ExecutorSuite(() -> context.bundledLabs().open(lab, LabOptions.defaults()
                .withSpeed(EXECUTOR_LAB_SPEED)), "lab " + lab + " at " + (int) EXECUTOR_LAB_SPEED + "x replay speed"));
        if (suites.isEmpty()) {
            return all;
        }
        List<BenchSuite> out = new ArrayList<>();
        for (String name : suites) {
            BenchSuite suite = all.stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> new UserError("unknown suite '" + name + "'; suites: "
                            + String.join(", ", all.stream().map(BenchSuite::name).toList())));
            if (!out.contains(suite)) {
                out.add(suite);
            }
        }
        return out;
    }

    private BenchSize parseSize() {
        try {
            return BenchSize.valueOf(size.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("--size must be tiny or full, was '" + size + "'", ExitCodes.USAGE);
        }
    }
}
