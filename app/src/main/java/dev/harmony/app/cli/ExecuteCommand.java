package dev.harmony.app.cli;

import dev.harmony.engine.audit.AuditVerification;
import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.execution.DryRun;
import dev.harmony.engine.execution.ExecutionOptions;
import dev.harmony.engine.execution.ExecutionReport;
import dev.harmony.engine.execution.ExecutionStore;
import dev.harmony.engine.execution.PlanExecutor;
import dev.harmony.engine.execution.PlanSimulation;
import dev.harmony.engine.execution.RulePreflight;
import dev.harmony.engine.plan.IllegalPlanTransitionException;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.PlanCodec;
import dev.harmony.engine.plan.PlanFormatException;
import dev.harmony.engine.plan.PlanStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code harmony execute --plan FILE --approve-by NAME}: stores the plan, records the approval (all
 * moves or {@code --moves}), schedules it for now and runs it against the plan's source; running it
 * again resumes a paused run or recovers one a crash interrupted. {@code --dry-run} checks without
 * moving or storing anything.
 */
@Command(name = "execute", mixinStandardHelpOptions = true,
        description = {"Approve and execute a migration plan file against its source (e.g. lab:bitbrains-rnd).",
            "Progress goes to stderr; the result to stdout. Run it again to resume a paused or interrupted run."},
        footer = {"", "Exit codes: 0 every approved move done, 3 bad plan file or plan state, 4 connector failure (the run is"
            + " paused), 6 partly failed (some approved moves skipped, failed or cancelled). See docs/execution.md."})
final class ExecuteCommand implements Callable<Integer> {
    /** Trace seconds per wall second for lab sources, so a ten-move plan takes seconds. */
    static final double LAB_SPEED = 30;
    private final AppContext context;
    @Option(names = "--plan", required = true, paramLabel = "FILE", description = "Plan file (JSON, schema in docs/execution.md).")
    private Path planFile;
    @Option(names = "--approve-by", required = true, paramLabel = "NAME", description = "Who approves; recorded in the audit trail.")
    private String approver;
    @Option(names = "--comment", paramLabel = "TEXT", description = "Approval comment, recorded with the approval.")
    private String comment = "";
    @Option(names = "--moves", split = ",", paramLabel = "ID", description = "Approve only these moves (comma-separated ids).")
    private List<String> moves = List.of();
    @Option(names = "--dry-run", description = {"Check every move as the run would, in order, without moving or storing anything,",
        "and simulate the moves that pass on the source's recent demand."})
    private boolean dryRun;
    @Mixin
    private JsonOption json;
    @Spec
    private CommandSpec spec;

    ExecuteCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        MigrationPlan plan = readPlan();
        Set<String> chosen = new LinkedHashSet<>(moves);
        List<String> unknown = chosen.stream().filter(id -> plan.move(id).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new UserError("plan " + plan.id() + " has no move(s) " + String.join(", ", unknown));
        }
        if (approver.isBlank()) {
            throw new UserError("--approve-by must name who approves");
        }
        try (Connector connector = ExecuteSources.open(context, plan.source(), LAB_SPEED, spec.commandLine().getErr())) {
            return dryRun ? dryRun(plan, chosen, connector) : run(plan, chosen, connector);
        }
    }

    private MigrationPlan readPlan() {
        try {
            return new PlanCodec().read(planFile);
        } catch (PlanFormatException e) {
            throw new UserError(e.getMessage());
        }
    }

    private int dryRun(MigrationPlan plan, Set<String> chosen, Connector connector) {
        DryRun.Report report = new DryRun(connector, new RulePreflight(connector.name()), Optional.of(PlanSimulation.standard()))
                .check(plan, chosen);
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            JsonOutput.write(out, ExecuteOutput.json(plan, report));
        } else {
            ExecuteOutput.text(out, plan, report);
        }
        return report.wouldRun() == report.verdicts().size() ? ExitCodes.OK : ExitCodes.PARTLY_FAILED;
    }

    private int run(MigrationPlan plan, Set<String> chosen, Connector connector) throws InterruptedException {
        ExecutionStore store = ExecuteSources.executionStore(context);
        PrintWriter err = spec.commandLine().getErr();
        try {
            new ExecuteApproval(store.plans(), approver, comment, err).bringToRun(plan, chosen);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        PlanExecutor executor = new PlanExecutor(connector, store, new RulePreflight(connector.name()),
                ExecutionOptions.defaults(), new ExecuteProgress(err, System.console() != null));
        ExecutionReport report;
        try {
            report = executor.execute(plan.id());
        } catch (IllegalPlanTransitionException e) {
            throw new UserError(e.getMessage());
        }
        AuditVerification audit = store.audit().verify();
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            JsonOutput.write(out, ExecuteOutput.json(plan, approver, report, audit));
        } else {
            ExecuteOutput.text(out, plan, report, audit);
        }
        return exitCode(report.status());
    }

    static int exitCode(PlanStatus status) {
        return switch (status) {
            case SUCCEEDED -> ExitCodes.OK;
            case PAUSED -> ExitCodes.UNAVAILABLE;
            default -> ExitCodes.PARTLY_FAILED;
        };
    }
}
