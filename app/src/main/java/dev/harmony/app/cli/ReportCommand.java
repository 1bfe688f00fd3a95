package dev.harmony.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.execution.ExecutionStore;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.PlanCodec;
import dev.harmony.engine.plan.PlanFormatException;
import dev.harmony.engine.report.PlanReport;
import dev.harmony.engine.report.SimulatedPlanReporter;
import dev.harmony.engine.simulation.ReactivePolicy;
import dev.harmony.engine.simulation.SimulationOptions;
import dev.harmony.engine.simulation.StepSimulator;
import dev.harmony.engine.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code harmony report --plan FILE --format pdf|html|csv|json --out FILE}: the report of a plan against
 * its source, with health before and after from the simulator, and approvals, move states and an audit
 * excerpt when this Harmony's store holds the plan's execution. See docs/reports.md.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the report of a migration plan: PDF or HTML for people, CSV of the moves, JSON for tools.",
            "Reads the plan's source (e.g. lab:bitbrains-rnd) for the simulation, and the store for its execution."},
        footer = {"", "Exit codes: 0 written, 3 bad plan file or output file, 4 source unavailable. See docs/reports.md."})
final class ReportCommand implements Callable<Integer> {
    /** How much recent demand the report's simulation replays. */
    static final Duration HISTORY = Duration.ofHours(24);
    private final AppContext context;
    @Option(names = "--plan", required = true, paramLabel = "FILE", description = {"Plan file (JSON, schema in docs/execution.md); - reads it from standard input,",
        "e.g. harmony plan --source lab:bitbrains-rnd --json | harmony report --plan - ..."})
    private Path planFile;
    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = ReportFormatConverter.class,
            description = "pdf, html, csv (the moves) or json (schema harmony.report/1).")
    private ReportFormat format;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write it; replaced whole, never half-written.")
    private Path out;
    @Option(names = "--model", paramLabel = "NAME", description = {"The stored trained affinity model the plan was made with",
        "(harmony train --name); its version and measured quality go into the report. Default: no trained model."})
    private String model;
    @Mixin
    private JsonOption json;
    @Spec
    private CommandSpec spec;

    /** Where {@code --plan -} reads the plan: the process's standard input when the command was made. */
    private final InputStream stdin = System.in;

    ReportCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        MigrationPlan plan = readPlan();
        String modelLine = ReportModelLine.of(context, model);
        PlanReport report;
        try (Connector connector = ExecuteSources.open(context, plan.source(), ExecuteCommand.LAB_SPEED, spec.commandLine().getErr())) {
            SimulationOptions options = SimulationOptions.defaults().withReactive(ReactivePolicy.off()).withHealthEvery(Duration.ofHours(1));
            report = new SimulatedPlanReporter(connector, StepSimulator.standard(options), options, HISTORY, store(), modelLine,
                    Clock.systemUTC()).report(plan);
        }
        long bytes = ReportOutputFile.write(out, format.renderer(), report);
        PrintWriter stdout = spec.commandLine().getOut();
        if (json.enabled()) {
            ObjectNode doc = JsonOutput.mapper().createObjectNode();
            doc.put("schema", "harmony.report-written/1").put("plan", plan.id()).put("format", format.code())
                    .put("out", out.toAbsolutePath().normalize().toString()).put("bytes", bytes).put("moves", report.moves().size())
                    .put("status", report.status());
            report.health().ifPresent(h -> doc.put("health_before", h.before().mean()).put("health_after", h.after().mean()));
            JsonOutput.write(stdout, doc);
        } else {
            stdout.println("wrote the " + format.code() + " report of plan " + plan.id() + " (" + report.moves().size() + " moves, "
                    + report.status() + ") to " + out + " (" + bytes + " bytes)");
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    private MigrationPlan readPlan() {
        try {
            if (planFile.toString().equals("-")) {
                return new PlanCodec().read(new String(stdin.readAllBytes(), StandardCharsets.UTF_8), "standard input");
            }
            return new PlanCodec().read(planFile);
        } catch (IOException e) {
            throw new UserError("cannot read the plan from standard input: " + e.getMessage());
        } catch (PlanFormatException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** The execution store when the user's store opens; a report of the plan file alone when it does not. */
    private Optional<ExecutionStore> store() {
        try {
            return Optional.of(ExecuteSources.executionStore(context));
        } catch (UserError | StoreException e) {
            spec.commandLine().getErr().println("harmony: the store is not available (" + e.getMessage()
                    + "); reporting the plan file without its execution");
            return Optional.empty();
        }
    }
}
