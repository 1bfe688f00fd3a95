package dev.harmony.app.workstation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.connectors.lab.catalog.LabCatalog;
import dev.harmony.engine.health.HealthComponent;
import dev.harmony.viz.health.ComponentRow;
import dev.harmony.viz.inventory.InventoryNode;
import org.junit.jupiter.api.Test;

/** The main window's view model, driven without a window on the real bundled lab. */
class WorkstationViewModelTest {
    private final LabCatalog catalog = new LabCatalog();

    @Test
    void openingTheDemoLabFillsInventoryFactsAndStatus() {
        WorkstationViewModel model = new WorkstationViewModel(new QueuedUiRunner());
        try (model; LabWorkspaceSource source = new LabWorkspaceSource(catalog, "bitbrains-rnd")) {
            model.open(source);
        }

        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.titleProperty().get()).isEqualTo("Harmony — demo lab bitbrains-rnd");
        assertThat(model.inventory().vmCountProperty().get()).isEqualTo(120);
        assertThat(model.inventory().rowsProperty().get()).singleElement()
                .satisfies(pool -> assertThat(pool.kind()).isEqualTo(InventoryNode.Kind.POOL));
        assertThat(model.factsProperty().get()).extracting(WorkspaceSource.Fact::label)
                .contains("Time span", "Interval", "Repaired rows", "Dropped rows", "Rules");
        assertThat(model.statusProperty().get()).startsWith("Opened demo lab bitbrains-rnd").contains("120 VMs");
    }

    @Test
    void openingTheDemoLabComputesTheGraphHeatMapAndHealthInTheBackground() {
        QueuedUiRunner runner = new QueuedUiRunner();
        try (WorkstationViewModel model = new WorkstationViewModel(runner);
             LabWorkspaceSource source = new LabWorkspaceSource(catalog, "bitbrains-rnd")) {
            model.open(source);
            runner.runUi();

            assertThat(model.graph().vmCountProperty().get()).isEqualTo(120);
            assertThat(model.graph().summaryProperty().get()).startsWith("120 VMs on 8 hosts").contains("realized ");
            assertThat(model.graph().shownPairsProperty().get()).isPositive();
            assertThat(model.heatMap().dataProperty().get().size()).isEqualTo(8);
            assertThat(model.health().poolIndexProperty().get()).isBetween(0.0, 100.0);
            assertThat(model.health().hostsProperty().get()).hasSizeGreaterThanOrEqualTo(7);
            assertThat(model.health().historyProperty().get()).as("a day of hourly points").hasSizeBetween(24, 25);
            assertThat(model.health().componentsProperty().get()).extracting(ComponentRow::component)
                    .containsExactly(HealthComponent.values());
            assertThat(model.analysisProperty().get()).isEmpty();
            assertThat(model.analysingProperty().get()).isFalse();
        }
    }

    @Test
    void aLabThatCannotOpenIsReportedInTheStatusNotThrown() {
        WorkstationViewModel model = new WorkstationViewModel(TaskRunner.sameThread());
        try (LabWorkspaceSource source = new LabWorkspaceSource(catalog, "not-a-lab")) {
            model.open(source);
        }

        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).startsWith("Could not open demo lab not-a-lab: unknown lab 'not-a-lab'");
        assertThat(model.inventory().vmCountProperty().get()).isZero();
    }

    @Test
    void aScenarioFileHandedOverByTheDesktopOpensInTheWhatIfTab(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("q3-growth.hscenario");
        java.nio.file.Files.copy(java.nio.file.Path.of("..", "examples", "scenarios", "bitbrains-growth.json"), file);
        WorkstationViewModel model = new WorkstationViewModel(new QueuedUiRunner());
        model.noteOpenedFile(file);
        try (model; LabWorkspaceSource source = new LabWorkspaceSource(catalog, "bitbrains-rnd")) {
            model.open(source);
        }

        assertThat(model.requestedTabProperty().get()).isEqualTo("whatIfTab");
        assertThat(model.whatIf().errorProperty().get()).isEmpty();
        assertThat(model.whatIf().messageProperty().get()).contains("Opened q3-growth.hscenario");
        assertThat(model.statusProperty().get()).startsWith("Opened demo lab bitbrains-rnd")
                .contains("Scenario q3-growth.hscenario is open in the What-if tab");
    }

    @Test
    void aBrokenScenarioFileIsReportedAndChangesNothing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("broken.hscenario");
        java.nio.file.Files.writeString(file, "{\"schema\": \"harmony.scenario/1\", \"horizon_days\": \"soon\"");
        WorkstationViewModel model = new WorkstationViewModel(new QueuedUiRunner());
        model.noteOpenedFile(file);
        try (model; LabWorkspaceSource source = new LabWorkspaceSource(catalog, "bitbrains-rnd")) {
            model.open(source);
        }

        assertThat(model.whatIf().errorProperty().get()).startsWith("Cannot open the scenario:").contains("broken.hscenario");
        assertThat(model.statusProperty().get()).contains("Scenario broken.hscenario could not be opened");
    }

    @Test
    void aPlanFileHandedOverByTheDesktopIsNamedWithTheCommandsThatHandleIt() {
        WorkstationViewModel model = new WorkstationViewModel(new QueuedUiRunner());
        model.noteOpenedFile(java.nio.file.Path.of("/tmp/q3-rebalance.hplan"));
        try (model; LabWorkspaceSource source = new LabWorkspaceSource(catalog, "bitbrains-rnd")) {
            model.open(source);
        }

        assertThat(model.requestedTabProperty().get()).isEmpty();
        assertThat(model.statusProperty().get()).startsWith("Opened demo lab bitbrains-rnd")
                .contains("Received q3-rebalance.hplan")
                .contains("harmony report --plan /tmp/q3-rebalance.hplan")
                .contains("harmony execute --plan /tmp/q3-rebalance.hplan");
    }
}
