package dev.harmony.viz.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.whatif.Baseline;
import dev.harmony.engine.whatif.ScenarioRunner;
import dev.harmony.viz.whatif.WhatIfViewModel.Slot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The what-if panel's state without a window: editing and checking scenarios, runs through the engine's real
 * runner on a small pool, cancel, comparison, and files in and out.
 */
class WhatIfViewModelTest {
    private static final Baseline POOL = SmallPool.baseline();
    private final ScenarioRunner runner = ScenarioRunner.standard(1);
    private final AtomicInteger runs = new AtomicInteger();
    private final ArrayDeque<Runnable> queued = new ArrayDeque<>();
    private WhatIfViewModel model;

    @BeforeEach
    void attach() {
        model = new WhatIfViewModel(Runnable::run, Runnable::run);
        model.attach("small", SmallPool.inventory(POOL), this::run);
        shortReplay(Slot.A);
        shortReplay(Slot.B);
    }

    private dev.harmony.engine.whatif.ScenarioOutcome run(dev.harmony.engine.whatif.Scenario s, RunControl control) {
        runs.incrementAndGet();
        control.checkCancelled();
        control.progress(0.5, "simulating");
        return runner.run(s, POOL);
    }

    /** One day of the recorded trace from "now", health every 6 h: four windows. */
    private void shortReplay(Slot slot) {
        ScenarioEditorViewModel e = model.editor(slot);
        e.field("start").setText("2024-05-04 00:00");
        e.field("demand").setText("replay");
        e.field("horizon_days").setText("1");
        e.field("health_every_hours").setText("6");
    }

    @Test
    void aNewScenarioNamesTheOpenLabAndIsValid() {
        assertThat(model.readyProperty().get()).isTrue();
        assertThat(model.editor(Slot.A).field("lab").text()).isEqualTo("small");
        assertThat(model.check()).isTrue();
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void badValuesAreNamedByFieldAndNothingRuns() {
        ChangeForm growth = model.addChange(ChangeKind.SCALE_DEMAND);
        growth.field("percent").setText("twenty");
        ChangeForm maintenance = model.addChange(ChangeKind.MAINTENANCE);
        maintenance.field("hosts").setText("host-9");
        maintenance.field("from").setText("2024-05-04 06:00");
        maintenance.field("until").setText("2024-05-04 02:00");
        model.editor(Slot.A).field("horizon_days").setText("0");

        model.run();

        assertThat(runs.get()).isZero();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(growth.field("percent").error()).isEqualTo("Growth (%) (percent): must be a number from -100 to 10000, was 'twenty'");
        assertThat(maintenance.field("hosts").error()).contains("unknown host 'host-9'").contains("host-1, host-2, host-3");
        assertThat(maintenance.field("until").error()).startsWith("Until (UTC) (until): must be after From");
        assertThat(model.editor(Slot.A).field("horizon_days").error()).contains("horizon_days").contains("was 0");
        assertThat(model.errorProperty().get()).startsWith("Scenario A has 4 field(s) to fix")
                .contains("change 1 (Demand growth)").contains("change 2 (Maintenance)");
        assertThat(growth.invalidProperty().get()).isTrue();
        assertThat(model.editor(Slot.A).selectedProperty().get()).as("the first wrong change is shown").isSameAs(growth);

        growth.field("percent").setText("20");
        assertThat(growth.field("percent").error()).as("editing a field clears its mark").isEmpty();
        assertThat(growth.invalidProperty().get()).isFalse();
    }

    @Test
    void aRunShowsHealthOverTheHorizonContentionMigrationsAndHostPeaks() {
        model.addChange(ChangeKind.MAINTENANCE).field("hosts").setText("host-2");
        model.addChange(ChangeKind.SCALE_DEMAND).field("percent").setText("20");

        model.run();

        ScenarioResult r = model.shownResultProperty().get();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(r).isNotNull();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.messageProperty().get()).startsWith("Ran scenario A in").contains("lowest health");
        assertThat(r.health()).as("four 6-hour windows").hasSize(4);
        assertThat(r.applied()).hasSize(2).anySatisfy(line -> assertThat(line).startsWith("maintenance on [host-2]"));
        assertThat(r.hosts()).extracting(HostPeakRow::host).containsExactly("host-1", "host-2", "host-3");
        assertThat(r.hosts().get(1).meanCpu()).as("host-2 is evacuated at the start").isLessThan(r.hosts().get(0).meanCpu());
        assertThat(r.figures()).extracting(FigureRow::label)
                .containsExactly("Pool health", "Contention", "Migrations", "Migration cost", "Peak utilisation");
        assertThat(r.figures().get(2).value()).startsWith("3 done");
        assertThat(model.comparisonProperty().get()).as("B has not run").isEmpty();
        assertThat(model.comparisonNoteProperty().get()).isEqualTo("Run B to see them side by side");
    }

    @Test
    void runningBothSetsAAgainstBFigureByFigure() {
        ChangeForm growth = model.addChange(ChangeKind.SCALE_DEMAND);
        growth.field("percent").setText("150");
        growth.field("resources").setText("cpu");

        model.runBoth();

        assertThat(runs.get()).isEqualTo(2);
        assertThat(model.comparisonProperty().get()).hasSize(12);
        ComparisonRow peak = row("Peak CPU utilisation (share)");
        assertThat(peak.a()).isGreaterThan(2 * peak.b());
        assertThat(peak.better()).isEqualTo("B");
        assertThat(row("Lowest pool health (points)").a()).isLessThan(row("Lowest pool health (points)").b());
        assertThat(model.comparisonNoteProperty().get()).startsWith("A: scenario-a · B: scenario-b");

        model.editingProperty().set(Slot.B);
        assertThat(model.shownResultProperty().get().outcome().scenario().name()).isEqualTo("scenario-b");

        assertThat(model.editor(Slot.A).editedProperty().get()).isFalse();
        growth.field("percent").setText("100");
        assertThat(model.editor(Slot.A).editedProperty().get()).as("the result no longer answers the form").isTrue();
        assertThat(model.comparisonNoteProperty().get()).endsWith(" · A changed since, run again to update");
    }

    @Test
    void scenariosOverDifferentHorizonsAreNotCompared() {
        model.runBoth();
        model.editor(Slot.B).field("horizon_days").setText("0.5");
        model.editingProperty().set(Slot.B);
        model.run();

        assertThat(model.comparisonProperty().get()).isEmpty();
        assertThat(model.comparisonNoteProperty().get()).startsWith("Cannot compare:").contains("different horizons");
    }

    @Test
    void cancelFreesThePanelAtOnceAndKeepsNothing() {
        model = new WhatIfViewModel(queued::add, Runnable::run);
        model.attach("small", SmallPool.inventory(POOL), this::run);
        shortReplay(Slot.A);

        model.run();
        assertThat(model.runningProperty().get()).isTrue();
        model.run();
        assertThat(queued).as("a second run waits for the first").hasSize(1);

        model.cancel();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).startsWith("Cancelled");
        queued.poll().run();

        assertThat(model.shownResultProperty().get()).isNull();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.messageProperty().get()).startsWith("Cancelled");
    }

    @Test
    void anErrorTheEngineFindsIsShownOnTheFieldAtFault() {
        ChangeForm growth = model.addChange(ChangeKind.SCALE_DEMAND);
        growth.field("group").setText("application");
        growth.field("group_value").setText("billing");

        model.run();

        assertThat(runs.get()).isEqualTo(1);
        assertThat(model.shownResultProperty().get()).isNull();
        assertThat(growth.field("group_value").error()).contains("application billing matches no VM");
        assertThat(model.errorProperty().get()).startsWith("Scenario A cannot run: changes[0].group.application:")
                .endsWith("Nothing was simulated; fix it and run again.");
    }

    @Test
    void aRunThatBreaksSaysSoAndKeepsTheForm() {
        model.attach("small", SmallPool.inventory(POOL), (s, c) -> {
            throw new IllegalStateException("the lab's trace could not be read");
        });
        model.addChange(ChangeKind.MAINTENANCE);

        model.run();

        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.errorProperty().get())
                .isEqualTo("The run failed: the lab's trace could not be read. Nothing was kept; the scenario is unchanged.");
        assertThat(model.editor(Slot.A).changes()).hasSize(1);
        assertThat(model.shownResultProperty().get()).isNull();
    }

    @Test
    void withoutAnOpenLabRunsAreRefusedWithTheReason() {
        WhatIfViewModel idle = new WhatIfViewModel(Runnable::run, Runnable::run);
        idle.detach("What-if runs need recorded demand; vCenter lab-vc has none yet.");

        idle.run();

        assertThat(idle.readyProperty().get()).isFalse();
        assertThat(idle.errorProperty().get()).isEqualTo("No pool to run against: What-if runs need recorded demand; vCenter lab-vc has none yet.");
    }

    @Test
    void aSavedScenarioOpensAgainTheSame(@TempDir Path dir) {
        model.addChange(ChangeKind.MAINTENANCE).field("hosts").setText("host-3");
        model.addChange(ChangeKind.ADD_VMS).field("like_vm").setText("vm-4");
        Path file = dir.resolve("a.json");

        assertThat(model.save(file)).isTrue();
        model.editingProperty().set(Slot.B);
        assertThat(model.open(file)).isTrue();

        ScenarioEditorViewModel b = model.editor(Slot.B);
        assertThat(b.field("name").text()).isEqualTo("scenario-a");
        assertThat(b.field("start").text()).isEqualTo("2024-05-04T00:00:00Z");
        assertThat(b.changes()).extracting(ChangeForm::kind).containsExactly(ChangeKind.MAINTENANCE, ChangeKind.ADD_VMS);
        assertThat(b.changes().get(0).summaryProperty().get()).isEqualTo("Maintenance: host-3, start → end");
        assertThat(b.toScenario(new PoolNames(java.util.Set.of(), java.util.Set.of()))).get()
                .isEqualTo(model.editor(Slot.A).toScenario(PoolNames.UNKNOWN).orElseThrow());
    }

    @Test
    void aBadFileChangesNothingAndSaysWhereItIsWrong(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, new dev.harmony.engine.whatif.ScenarioWriter().toJson(
                model.editor(Slot.A).toScenario(PoolNames.UNKNOWN).orElseThrow()).replace("\"changes\" : [ ]",
                "\"changes\" : [ {\"type\": \"scale_demand\", \"percnt\": 20} ]"));
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"schema\": \"harmony.scenario/1\",\n  \"name\": \n}");
        model.addChange(ChangeKind.MAINTENANCE);

        assertThat(model.open(file)).isFalse();
        assertThat(model.errorProperty().get()).startsWith("Cannot open the scenario: " + file + ": changes[0].percnt: unknown field");
        assertThat(model.open(broken)).isFalse();
        assertThat(model.errorProperty().get()).contains("broken.json").contains("not valid JSON at line 4");
        assertThat(model.editor(Slot.A).changes()).as("unchanged").extracting(ChangeForm::kind).containsExactly(ChangeKind.MAINTENANCE);
    }

    @Test
    void aFormWithErrorsIsNotSaved(@TempDir Path dir) {
        model.editor(Slot.A).field("name").setText("");
        Path file = dir.resolve("x.json");

        assertThat(model.save(file)).isFalse();
        assertThat(file).doesNotExist();
        assertThat(model.errorProperty().get()).contains("Name (name): is required").endsWith("Nothing was saved.");
    }

    private ComparisonRow row(String label) {
        return model.comparisonProperty().get().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }
}
