package dev.harmony.app.workstation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.connectors.lab.catalog.LabCatalog;
import dev.harmony.viz.whatif.ComparisonRow;
import dev.harmony.viz.whatif.HostPeakRow;
import dev.harmony.viz.whatif.WhatIfViewModel;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The what-if tab as a planner uses it on the real demo lab: put a host into maintenance and grow demand by
 * 20 %, mistype a value and see it named, run, read the result, run the unchanged pool as B, and compare.
 */
@ExtendWith(ApplicationExtension.class)
class WhatIfWindowTest {
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
    void plannerEditsRunsAndComparesTwoScenarios(FxRobot robot) throws Exception {
        WhatIfViewModel whatIf = model.whatIf();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> whatIf.readyProperty().get());
        robot.clickOn("What-if");
        type(robot, "#scenario-horizon_days", "1");

        robot.clickOn("#whatIfAddChange").clickOn("#whatIfAdd-MAINTENANCE");
        type(robot, "#change-hosts", "host-03");
        robot.clickOn("#whatIfAddChange").clickOn("#whatIfAdd-SCALE_DEMAND");
        type(robot, "#change-percent", "20 %");
        robot.clickOn("#whatIfRun");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#change-percent-error").queryAs(Label.class).getText())
                .isEqualTo("Growth (%) (percent): must be a number from -100 to 10000, was '20 %'");
        assertThat(robot.lookup("#whatIfError").queryAs(Label.class).isVisible()).isTrue();

        type(robot, "#change-percent", "20");
        robot.clickOn("#whatIfRun");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> whatIf.shownResultProperty().get() != null
                && !whatIf.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#whatIfError").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#whatIfResultTitle").queryAs(Label.class).getText()).startsWith("A · scenario-a: 2013-07-07 22:00 UTC");
        @SuppressWarnings("unchecked")
        TableView<HostPeakRow> hosts = robot.lookup("#whatIfHosts").queryAs(TableView.class);
        assertThat(hosts.getItems()).hasSize(8);
        LineChart<?, ?> health = robot.lookup("#whatIfHealthChart").queryAs(LineChart.class);
        assertThat(health.getData()).singleElement().satisfies(s -> assertThat(s.getData()).hasSize(4));

        robot.clickOn("#whatIfSlotB");
        type(robot, "#scenario-horizon_days", "1");
        robot.clickOn("#whatIfRun");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !whatIf.comparisonProperty().get().isEmpty());
        robot.clickOn("A vs B");
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TableView<ComparisonRow> compared = robot.lookup("#whatIfComparison").queryAs(TableView.class);
        assertThat(compared.getItems()).hasSize(12);
        assertThat(compared.getItems()).filteredOn(r -> r.label().startsWith("Migrations done")).singleElement()
                .satisfies(r -> assertThat(r.a()).isGreaterThan(r.b()));
        LineChart<?, ?> both = robot.lookup("#whatIfCompareChart").queryAs(LineChart.class);
        assertThat(both.getData()).hasSize(2).allSatisfy(s -> assertThat(s.getData()).hasSize(4));
        assertThat(robot.lookup("#whatIfCompareNote").queryAs(Label.class).getText()).startsWith("A: scenario-a · B: scenario-b");
    }

    private static void type(FxRobot robot, String field, String text) {
        robot.clickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
    }
}
