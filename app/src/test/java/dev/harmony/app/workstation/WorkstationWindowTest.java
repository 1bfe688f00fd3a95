package dev.harmony.app.workstation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.connectors.lab.catalog.LabCatalog;
import dev.harmony.viz.graph.AffinityGraphView;
import dev.harmony.viz.graph.GraphScene;
import dev.harmony.viz.graph.Partner;
import dev.harmony.viz.health.ComponentRow;
import dev.harmony.viz.health.HostHealthRow;
import dev.harmony.viz.inventory.InventoryNode;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workstation window as a planner meets it: it opens the real demo lab without freezing, search filters
 * the tree, the affinity graph shows the lab's VMs and a clicked VM's partners, and the health tab shows
 * the pool's index and what cost it points.
 */
@ExtendWith(ApplicationExtension.class)
class WorkstationWindowTest {
    private FxTaskRunner runner;
    private LabWorkspaceSource source;
    private WorkstationViewModel model;

    @Start
    void start(Stage stage) {
        runner = new FxTaskRunner();
        source = new LabWorkspaceSource(new LabCatalog(), WorkstationLauncher.DEFAULT_LAB);
        model = WorkstationWindow.show(stage, source, runner);
    }

    @AfterEach
    void release() {
        model.close();
        source.close();
        runner.close();
    }

    @Test
    void windowOpensTheDemoLabAndSearchNarrowsTheInventory(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        Label status = robot.lookup("#statusText").queryAs(Label.class);
        assertThat(status.getText()).as("status bar").startsWith("Opened demo lab bitbrains-rnd");
        @SuppressWarnings("unchecked")
        TreeView<InventoryNode> tree = robot.lookup("#inventoryTree").queryAs(TreeView.class);
        TreeItem<InventoryNode> pool = tree.getRoot().getChildren().get(0);
        int hosts = pool.getChildren().size();
        assertThat(hosts).isGreaterThanOrEqualTo(4);
        int vms = pool.getChildren().stream().mapToInt(h -> h.getChildren().size()).sum();
        assertThat(vms).isEqualTo(120);

        String someVm = pool.getChildren().get(0).getChildren().get(0).getValue().label();
        robot.clickOn("#inventorySearch").write(someVm);
        WaitForAsyncUtils.waitForFxEvents();

        TreeItem<InventoryNode> filteredPool = tree.getRoot().getChildren().get(0);
        assertThat(filteredPool.getChildren()).hasSizeLessThan(hosts);
        assertThat(filteredPool.getChildren().get(0).getChildren())
                .extracting(item -> item.getValue().label())
                .allMatch(label -> label.contains(someVm));
        assertThat(robot.lookup("#sourceFacts").queryParent().getChildrenUnmodifiable()).isNotEmpty();

        TreeItem<InventoryNode> found = filteredPool.getChildren().get(0).getChildren().get(0);
        robot.interact(() -> tree.getSelectionModel().select(found));
        assertThat(model.graph().selectedVmProperty().get()).as("picked in the tree, picked in the graph")
                .isEqualTo(found.getValue().id());
    }

    @Test
    void graphShowsTheLabsVmsAClickedVmsPartnersAndHealthItsIndexAndBreakdown(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !model.loadingProperty().get()
                && model.graph().shownPairsProperty().get() > 0 && !model.analysingProperty().get()
                && !Double.isNaN(model.health().poolIndexProperty().get()));

        TabClicks.click(robot, "Affinity graph");
        WaitForAsyncUtils.waitForFxEvents();
        Label summary = robot.lookup("#graphSummary").queryAs(Label.class);
        assertThat(summary.getText()).startsWith("120 VMs on 8 hosts");
        GraphScene scene = model.graph().sceneProperty().get();
        assertThat(scene.vmCount()).isEqualTo(120);

        AffinityGraphView graph = robot.lookup("#affinityGraph").queryAs(AffinityGraphView.class);
        String vm = scene.vmId(scene.vmsOf(0)[0]);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> graph.locate(vm).isPresent());
        Point2D at = graph.localToScreen(graph.locate(vm).orElseThrow());
        robot.clickOn(at);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.graph().selectedVmProperty().get()).isEqualTo(vm);
        @SuppressWarnings("unchecked")
        TableView<Partner> partners = robot.lookup("#graphPartners").queryAs(TableView.class);
        assertThat(partners.getItems()).isNotEmpty();
        assertThat(partners.getItems()).anySatisfy(p -> assertThat(p.coLocated()).isTrue());
        assertThat(robot.lookup("#graphSelection").queryAs(Label.class).getText()).startsWith(scene.vmName(scene.indexOf(vm)));

        TabClicks.click(robot, "Health");
        WaitForAsyncUtils.waitForFxEvents();
        String index = robot.lookup("#healthPoolIndex").queryAs(Label.class).getText();
        assertThat(Integer.parseInt(index)).isBetween(0, 100);
        assertThat(robot.lookup("#healthVerdict").queryAs(Label.class).getText()).containsPattern("Healthy|Fair|Strained|Unhealthy");
        @SuppressWarnings("unchecked")
        TableView<ComponentRow> breakdown = robot.lookup("#healthBreakdown").queryAs(TableView.class);
        assertThat(breakdown.getItems()).hasSize(5);
        assertThat(breakdown.getItems()).extracting(ComponentRow::label).contains("Affinity of co-located pairs");
        @SuppressWarnings("unchecked")
        ListView<HostHealthRow> hosts = robot.lookup("#healthHosts").queryAs(ListView.class);
        assertThat(hosts.getItems()).hasSizeGreaterThanOrEqualTo(7);
    }
}
