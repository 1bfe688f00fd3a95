package dev.harmony.app.cli;

import dev.harmony.engine.whatif.Baseline;
import dev.harmony.engine.whatif.Scenario;
import dev.harmony.engine.whatif.ScenarioComparison;
import dev.harmony.engine.whatif.ScenarioException;
import dev.harmony.engine.whatif.ScenarioOutcome;
import dev.harmony.engine.whatif.ScenarioReader;
import dev.harmony.engine.whatif.ScenarioRunner;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code harmony simulate --scenario FILE [--compare FILE] [--json]}: runs a what-if scenario against its lab
 * through the simulator, and optionally a second one over the same horizon with the two compared.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Run a what-if scenario (docs/scenarios.md) through the simulator: utilisation, contention,",
            "health over the horizon and the cost of every migration; with --compare, two scenarios side by side."})
final class SimulateCommand implements Callable<Integer> {
    private final AppContext context;
    @Option(names = "--scenario", required = true, paramLabel = "FILE", description = "Scenario file (JSON, harmony.scenario/1).")
    private Path scenario;
    @Option(names = "--compare", paramLabel = "FILE", description = "A second scenario to run and compare on the same horizon.")
    private Path compare;
    @Mixin
    private JsonOption json;
    @Spec
    private CommandSpec spec;

    SimulateCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<Path> files = new ArrayList<>(List.of(scenario));
        if (compare != null) {
            files.add(compare);
        }
        ScenarioReader reader = new ScenarioReader();
        List<Scenario> scenarios = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new UserError(file + ": no such scenario file");
            }
            scenarios.add(guarded(file, () -> reader.read(file)));
        }
        ScenarioRunner runner = ScenarioRunner.standard(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
        ScenarioBaselineLoader loader = new ScenarioBaselineLoader(context);
        List<ScenarioOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            Path file = files.get(i);
            Baseline baseline = loader.load(s, file.toString());
            outcomes.add(guarded(file, () -> runner.run(s, baseline)));
        }
        ScenarioComparison comparison = outcomes.size() == 2
                ? guarded(compare, () -> ScenarioComparison.of(outcomes.get(0), outcomes.get(1))) : null;
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            JsonOutput.write(out, ScenarioJsonReport.of(outcomes, files.stream().map(Path::toString).toList(), comparison));
        } else {
            for (int i = 0; i < outcomes.size(); i++) {
                ScenarioTextReport.print(out, outcomes.get(i), files.get(i).toString());
                out.println();
            }
            if (comparison != null) {
                ScenarioTextReport.print(out, comparison);
            }
        }
        return ExitCodes.OK;
    }

    /** Runs a step and turns a scenario problem into a user error that names the file. */
    private static <T> T guarded(Path file, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (ScenarioException e) {
            throw new UserError(e.file().isEmpty() ? e.inFile(file.toString()).getMessage() : e.getMessage());
        }
    }
}
