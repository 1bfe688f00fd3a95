package dev.harmony.app.workstation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.connectors.lab.catalog.LabCatalog;
import dev.harmony.viz.inventory.InventoryNode;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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

/** The workstation window as a planner meets it: it opens the real demo lab without freezing, and search filters the tree. */
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
    }
}
