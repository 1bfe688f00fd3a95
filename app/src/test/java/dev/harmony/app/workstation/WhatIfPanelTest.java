package dev.harmony.app.workstation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.connectors.lab.catalog.LabCatalog;
import dev.harmony.viz.whatif.ChangeForm;
import dev.harmony.viz.whatif.ChangeKind;
import dev.harmony.viz.whatif.ComparisonRow;
import dev.harmony.viz.whatif.HostPeakRow;
import dev.harmony.viz.whatif.ScenarioResult;
import dev.harmony.viz.whatif.WhatIfViewModel;
import dev.harmony.viz.whatif.WhatIfViewModel.Slot;
import org.junit.jupiter.api.Test;

/** The what-if panel's view model inside the window's, on the real bundled lab, without a window. */
class WhatIfPanelTest {

    @Test
    void openingTheLabLetsAScenarioRunAgainstItAndBeComparedWithTheBaseline() {
        QueuedUiRunner runner = new QueuedUiRunner();
        try (WorkstationViewModel window = new WorkstationViewModel(runner);
             LabWorkspaceSource source = new LabWorkspaceSource(new LabCatalog(), "bitbrains-rnd")) {
            WhatIfViewModel model = window.whatIf();
            assertThat(model.readyProperty().get()).isFalse();

            window.open(source);
            runner.runUi();

            assertThat(model.readyProperty().get()).isTrue();
            assertThat(model.messageProperty().get()).isEqualTo("Ready: scenarios run against lab bitbrains-rnd (8 hosts, 120 VMs)");
            assertThat(model.editor(Slot.A).field("lab").text()).isEqualTo("bitbrains-rnd");
            for (Slot slot : Slot.values()) {
                model.editor(slot).field("horizon_days").setText("1");
            }
            ChangeForm maintenance = model.addChange(ChangeKind.MAINTENANCE);
            assertThat(maintenance.field("hosts").text()).as("the first host, ready to change").isEqualTo("host-01");
            maintenance.field("hosts").setText("host-03");
            model.addChange(ChangeKind.SCALE_DEMAND).field("percent").setText("20");

            model.runBoth();
            runner.runUi();

            assertThat(model.errorProperty().get()).isEmpty();
            ScenarioResult a = model.editor(Slot.A).resultProperty().get();
            assertThat(a.health()).as("a day in 6-hour windows").hasSize(4);
            assertThat(a.hosts()).hasSize(8);
            HostPeakRow host03 = a.hosts().stream().filter(h -> h.host().equals("host-03")).findFirst().orElseThrow();
            assertThat(host03.meanCpu()).as("evacuated for maintenance").isLessThan(0.01);
            assertThat(model.comparisonProperty().get()).hasSize(12);
            ComparisonRow migrations = model.comparisonProperty().get().stream()
                    .filter(r -> r.label().equals("Migrations done (count)")).findFirst().orElseThrow();
            assertThat(migrations.a()).as("host-03's VMs moved away").isGreaterThan(migrations.b());
        }
    }

    @Test
    void aLabTheCatalogDoesNotKnowIsNamedOnTheLabField() {
        QueuedUiRunner runner = new QueuedUiRunner();
        try (WorkstationViewModel window = new WorkstationViewModel(runner);
             LabWorkspaceSource source = new LabWorkspaceSource(new LabCatalog(), "bitbrains-rnd")) {
            window.open(source);
            runner.runUi();
            WhatIfViewModel model = window.whatIf();
            model.editor(Slot.A).field("lab").setText("bitbrains-typo");

            model.run();
            runner.runUi();

            assertThat(model.editor(Slot.A).resultProperty().get()).isNull();
            assertThat(model.editor(Slot.A).field("lab").error()).startsWith("Lab (lab): ").contains("bitbrains-typo");
            assertThat(model.errorProperty().get()).startsWith("Scenario A cannot run: baseline.lab:");
        }
    }
}
