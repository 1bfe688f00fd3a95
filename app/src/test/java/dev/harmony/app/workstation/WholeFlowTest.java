package dev.harmony.app.workstation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.app.cli.ReportFormat;
import dev.harmony.connectors.lab.catalog.LabCatalog;
import dev.harmony.engine.plan.Move;
import dev.harmony.engine.plan.PlanStatus;
import dev.harmony.viz.graph.GraphScene;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole flow as a planner works it, in the real window on the real demo lab (headless Monocle by
 * default): the lab opens and the graph shows its VMs, a short training run, a plan, three moves picked
 * and approved, executed against the lab, the pool's health higher afterwards, the report exported and
 * previewed, and the dark theme remembered. Only the file chooser is bypassed (through the view model):
 * a native dialog cannot be driven headless.
 */
@ExtendWith(ApplicationExtension.class)
class WholeFlowTest {
    @TempDir
    static Path home;
    private FxTaskRunner runner;
    private LabWorkspaceSource source;
    private WorkstationViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        runner = new FxTaskRunner();
        source = new LabWorkspaceSource(new LabCatalog(), WorkstationLauncher.DEFAULT_LAB);
        WorkstationServices memory = WorkstationServices.inMemory();
        WorkstationServices services = new WorkstationServices(memory.store(), memory.execution(),
                UiPreferences.in(home.resolve(UiPreferences.FILE_NAME)), home);
        model = WorkstationWindow.show(stage, source, runner, services);
    }

    @AfterEach
    void release() {
        model.close();
        source.close();
        runner.close();
        model.services().store().close();
    }

    @Test
    void openTrainPlanApproveThreeExecuteHealthRisesExport(FxRobot robot) throws Exception {
        // Open the demo lab: the graph shows its VMs.
        await(90, () -> !model.loadingProperty().get() && model.graph().shownPairsProperty().get() > 0
                && !Double.isNaN(model.health().poolIndexProperty().get()));
        TabClicks.click(robot, "Affinity graph");
        GraphScene scene = model.graph().sceneProperty().get();
        assertThat(scene.vmCount()).isEqualTo(model.inventory().vmCountProperty().get()).isEqualTo(120);
        assertThat(robot.lookup("#graphSummary").queryAs(Label.class).getText()).startsWith("120 VMs");

        // Train briefly.
        TabClicks.click(robot, "Training");
        robot.interact(() -> {
            model.training().epochsProperty().set(2);
            model.training().windowHoursProperty().set(24);
        });
        robot.clickOn("#trainStart");
        await(5, () -> model.training().trainingProperty().get());
        assertThat(robot.lookup("#trainStop").queryAs(Button.class).isDisabled()).isFalse();
        await(240, () -> !model.training().trainingProperty().get());
        // Read on the FX thread, where the flag and the status are set: this thread may see one before the other.
        assertThat(WaitForAsyncUtils.asyncFx(() -> model.training().statusProperty().get()).get(5, TimeUnit.SECONDS))
                .startsWith("Stored affinity-gnn version 1");
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> chart = robot.lookup("#lossChart").queryAs(LineChart.class);
        assertThat(chart.getData()).hasSize(2).allSatisfy(series -> assertThat(series.getData()).hasSize(2));
        assertThat(robot.lookup("#trainBackend").queryAs(Label.class).getText()).startsWith("Backend: ");

        // Plan.
        TabClicks.click(robot, "Plan");
        Button execute = robot.lookup("#executePlan").queryAs(Button.class);
        assertThat(execute.isDisabled()).as("nothing to execute before an approval").isTrue();
        robot.doubleClickOn("#planTimeLimit").write("20").type(KeyCode.ENTER);
        assertThat(model.plan().timeLimitSecondsProperty().get()).isEqualTo(20);
        robot.clickOn("#planStart");
        await(90, () -> !model.plan().planningProperty().get() && model.plan().planProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        List<Move> moves = List.copyOf(model.plan().moves());
        assertThat(moves).hasSizeGreaterThanOrEqualTo(3);

        // Sort by predicted gain, highest first, and pick the top three rows with the mouse.
        robot.clickOn("Gain (pts)").clickOn("Gain (pts)");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<Move> table = robot.lookup("#planMoves").queryAs(TableView.class);
        assertThat(table.getItems().get(0).predictedGain()).isEqualTo(moves.stream().mapToDouble(Move::predictedGain).max().orElseThrow());
        robot.clickOn(row(robot, 0));
        robot.press(KeyCode.SHIFT).clickOn(row(robot, 2)).release(KeyCode.SHIFT);
        Set<String> picked = table.getItems().subList(0, 3).stream().map(Move::id).collect(Collectors.toSet());
        assertThat(model.plan().selected()).containsExactlyInAnyOrderElementsOf(picked);
        assertThat(execute.isDisabled()).as("picked is not approved").isTrue();

        // Approve with a comment.
        robot.clickOn("#approvalComment").write("The three moves with the largest predicted gain.");
        robot.clickOn("#approveMoves");
        await(20, () -> model.plan().storedProperty().get() != null);
        assertThat(model.plan().storedProperty().get().status()).isEqualTo(PlanStatus.SCHEDULED);
        assertThat(model.plan().storedProperty().get().approval().orElseThrow().comment()).isEqualTo("The three moves with the largest predicted gain.");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(execute.isDisabled()).isFalse();

        // Execute: health rises.
        robot.clickOn("#executePlan");
        await(120, () -> !model.execution().runningProperty().get() && model.execution().healthProperty().get() != null);
        HealthComparison health = model.execution().healthProperty().get();
        assertThat(model.execution().statusProperty().get()).contains("succeeded").contains("3 done");
        assertThat(health.after().report().pool().index()).as("pool health after the three moves").isGreaterThan(health.before().report().pool().index());
        assertThat(model.health().poolIndexProperty().get()).as("the dashboard shows the pool after the moves")
                .isEqualTo(health.after().report().pool().index());
        for (String id : picked) {
            Move m = model.plan().planProperty().get().move(id).orElseThrow();
            assertThat(source.connector().orElseThrow().currentHost(m.vm())).contains(m.to());
        }
        await(10, () -> robot.lookup("#auditStatus").queryAs(Label.class).getText().startsWith("Hash chain verified"));
        assertThat(robot.lookup("#auditTrail").queryAs(TableView.class).getItems()).isNotEmpty();
        System.out.printf("whole flow: health %.2f before, %.2f after the three moves, at %s%n", health.before().report().pool().index(),
                health.after().report().pool().index(), health.at());

        // Export (the chooser bypassed) and preview.
        TabClicks.click(robot, "Report");
        String planId = model.plan().planProperty().get().id();
        Path html = home.resolve("plan.html");
        robot.interact(() -> model.export().exportTo(html, ReportFormat.HTML));
        await(60, () -> html.equals(model.export().lastFileProperty().get()));
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).contains(planId).contains("<html");
        picked.forEach(id -> assertThat(page).contains(id));
        Path csv = home.resolve("plan.csv");
        robot.interact(() -> model.export().exportTo(csv, ReportFormat.CSV));
        await(60, () -> csv.equals(model.export().lastFileProperty().get()));
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).hasSize(moves.size() + 1);
        robot.clickOn("#exportPreview");
        WebView web = robot.lookup("#reportPreview").queryAs(WebView.class);
        await(60, () -> WaitForAsyncUtils.asyncFx(() -> !model.export().previewHtmlProperty().get().isEmpty()
                && web.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED && web.getEngine().getDocument() != null
                && web.getEngine().getDocument().getDocumentElement().getTextContent().contains(planId)).get());

        // The dark theme by its shortcut, remembered in the preferences file.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("harmony-dark.css"));
        assertThat(Files.readString(home.resolve(UiPreferences.FILE_NAME))).contains("theme=dark").contains("tab=reportTab")
                .contains("export.folder=" + home);
    }

    /** Waits for {@code done}; on a timeout, fails with the window's statuses, which say what went wrong. */
    private void await(int seconds, java.util.concurrent.Callable<Boolean> done) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, done);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out after " + seconds + " s; status: " + model.statusProperty().get() + " | training: "
                    + model.training().statusProperty().get() + " | plan: " + model.plan().statusProperty().get() + " " + model.plan().progressProperty().get()
                    + " | execution: " + model.execution().statusProperty().get() + " | export: " + model.export().statusProperty().get(), e);
        }
    }

    private static Node row(FxRobot robot, int index) {
        return robot.lookup("#planMoves .table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> r && r.getIndex() == index && r.getItem() != null).findFirst().orElseThrow();
    }

}
