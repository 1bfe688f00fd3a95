package dev.harmony.app.workstation.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.app.workstation.HealthComparison;
import dev.harmony.app.workstation.RecordingDialogs;
import dev.harmony.app.workstation.TaskRunner;
import dev.harmony.connectors.lab.catalog.LabCatalog;
import dev.harmony.connectors.lab.connector.LabConnector;
import dev.harmony.connectors.lab.connector.LabOptions;
import dev.harmony.engine.audit.AuditEntry;
import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.execution.ExecutionStore;
import dev.harmony.engine.plan.Move;
import dev.harmony.engine.plan.PlanStatus;
import dev.harmony.engine.store.HarmonyStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Plan review and execution without a window, on the real demo lab replaying at its default speed, the real
 * planner, executor and an in-memory store: plan, pick three moves, approve, execute, health judged.
 */
class PlanViewModelTest {
    private LabConnector lab;
    private HarmonyStore store;
    private ExecutionStore execution;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<HealthComparison> told = new ArrayList<>();
    private PlanViewModel plan;
    private ExecutionViewModel run;

    @BeforeEach
    void open() {
        lab = new LabCatalog().open("bitbrains-rnd", LabOptions.defaults());
        store = HarmonyStore.inMemory("plan-view-model-test");
        execution = ExecutionStore.on(store, Clock.systemUTC());
        Optional<Connector> source = Optional.of(lab);
        plan = new PlanViewModel(TaskRunner.sameThread(), () -> source, execution.plans(), dialogs, Clock.systemUTC());
        run = new ExecutionViewModel(TaskRunner.sameThread(), () -> source, execution, plan, dialogs, told::add);
    }

    @AfterEach
    void close() {
        lab.close();
        store.close();
    }

    @Test
    void threeApprovedMovesRunAndOnlyThoseAndTheHealthOfThePoolRises() {
        plan.plan();
        assertThat(dialogs.errors()).isEmpty();
        assertThat(plan.planProperty().get()).isNotNull();
        assertThat(plan.moves()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(plan.summaryProperty().get()).contains("candidate VMs");
        assertThat(run.canExecuteProperty().get()).as("nothing runs before an approval").isFalse();
        run.execute();
        assertThat(run.runningProperty().get()).isFalse();
        assertThat(run.log()).isEmpty();

        List<String> best = plan.moves().stream().sorted(Comparator.comparingDouble(Move::predictedGain).reversed()).limit(3).map(Move::id).toList();
        plan.select(best);
        plan.commentProperty().set("three best moves");
        assertThat(plan.canApproveProperty().get()).isTrue();
        plan.approve();

        assertThat(plan.storedProperty().get().status()).isEqualTo(PlanStatus.SCHEDULED);
        assertThat(plan.storedProperty().get().approval().orElseThrow().moveIds()).containsExactlyInAnyOrderElementsOf(best);
        assertThat(plan.canApproveProperty().get()).isFalse();
        assertThat(run.canExecuteProperty().get()).isTrue();

        run.execute();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(run.statusProperty().get()).contains("succeeded").contains("3 done");
        assertThat(run.progressProperty().get()).isEqualTo(1.0);
        for (String id : best) {
            Move m = plan.planProperty().get().move(id).orElseThrow();
            assertThat(lab.currentHost(m.vm())).contains(m.to());
        }
        plan.planProperty().get().moves().stream().filter(m -> !best.contains(m.id()))
                .forEach(m -> assertThat(lab.currentHost(m.vm())).as("not approved, not moved").contains(m.from()));
        HealthComparison health = run.healthProperty().get();
        assertThat(told).containsExactly(health);
        assertThat(health.after().report().pool().index()).isGreaterThan(health.before().report().pool().index());
        assertThat(run.audit()).extracting(AuditEntry::action).contains("plan-approved", "plan-scheduled", "execution-started", "move-result", "execution-finished");
        assertThat(run.auditStatusProperty().get()).startsWith("Hash chain verified");
        assertThat(plan.storedProperty().get().status()).isEqualTo(PlanStatus.SUCCEEDED);
    }

    @Test
    void theReportIsWrittenWholeAndAFolderThatIsMissingIsExplained(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        dev.harmony.app.workstation.export.ExportViewModel export = new dev.harmony.app.workstation.export.ExportViewModel(TaskRunner.sameThread(),
                () -> Optional.of(lab), plan.planProperty()::get, new dev.harmony.app.workstation.export.PlanReportExport(execution, store.models(),
                "affinity-gnn"), dialogs, dev.harmony.app.workstation.UiPreferences.inMemory(), dir);
        export.export(dev.harmony.app.cli.ReportFormat.JSON);
        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.title()).isEqualTo("Nothing to export"));
        plan.plan();

        export.exportTo(dir.resolve("missing").resolve("plan.json"), dev.harmony.app.cli.ReportFormat.JSON);
        assertThat(dialogs.errors()).hasSize(2);
        assertThat(dialogs.errors().get(1).message()).contains("does not exist");
        assertThat(dir.resolve("missing")).doesNotExist();

        dialogs.answerNextSave(dir.resolve("plan.json"));
        export.export(dev.harmony.app.cli.ReportFormat.JSON);
        assertThat(export.lastFileProperty().get()).isEqualTo(dir.resolve("plan.json"));
        assertThat(java.nio.file.Files.readString(dir.resolve("plan.json"))).contains(plan.planProperty().get().id()).contains("\"moves\"");
        assertThat(export.statusProperty().get()).startsWith("Wrote ");
    }

    @Test
    void aPausedRunStopsAfterTheMoveInFlightAndExecuteResumesIt() {
        plan.plan();
        List<String> two = plan.moves().stream().sorted(Comparator.comparingDouble(Move::predictedGain).reversed()).limit(2).map(Move::id).toList();
        plan.select(two);
        plan.approve();
        run.log().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (run.log().size() == 2 && run.log().get(1).startsWith("Started ")) {
                run.pause();
            }
        });

        run.execute();
        assertThat(plan.storedProperty().get().status()).isEqualTo(PlanStatus.PAUSED);
        assertThat(run.pausedProperty().get()).isTrue();
        assertThat(run.canExecuteProperty().get()).isTrue();
        assertThat(run.statusProperty().get()).contains("paused").contains("1 done");

        run.execute();
        assertThat(plan.storedProperty().get().status()).isEqualTo(PlanStatus.SUCCEEDED);
        assertThat(run.log()).anyMatch(line -> line.startsWith("Resumed: 2 approved moves, 1 to run"));
        assertThat(run.canExecuteProperty().get()).isFalse();
    }

    @Test
    void theFilterNarrowsTheMovesAndApprovalNeedsAnApprover() {
        plan.plan();
        Move first = plan.moves().get(0);
        plan.filterProperty().set(first.vm());
        assertThat(plan.shownMoves()).isNotEmpty().allSatisfy(m -> assertThat(m.id() + m.vm() + m.from() + m.to() + m.reason()).contains(first.vm()));
        plan.filterProperty().set("no such text anywhere");
        assertThat(plan.shownMoves()).isEmpty();

        plan.select(List.of(first.id(), "not-a-move"));
        assertThat(plan.selected()).containsExactly(first.id());
        plan.approverProperty().set("  ");
        plan.approve();
        assertThat(plan.storedProperty().get()).isNull();
        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.title()).isEqualTo("Who approves?"));
        assertThat(execution.plans().find(plan.planProperty().get().id())).as("nothing stored").isEmpty();
    }
}
