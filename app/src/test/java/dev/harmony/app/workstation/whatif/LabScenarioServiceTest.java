package dev.harmony.app.workstation.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.connectors.lab.catalog.LabCatalog;
import dev.harmony.engine.whatif.Scenario;
import dev.harmony.engine.whatif.ScenarioException;
import dev.harmony.engine.whatif.ScenarioOutcome;
import dev.harmony.engine.whatif.ScenarioReader;
import dev.harmony.viz.whatif.RunControl;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** Scenario runs for the window on the real bundled lab: progress by stage, cancel at the next stage, located errors. */
class LabScenarioServiceTest {
    private static final String SCENARIO = """
            {"schema": "harmony.scenario/1", "name": "day", "description": "one day ahead, host-03 in maintenance",
             "baseline": {"lab": "%s", "horizon": "P1D", "history": "P7D", "health_every": "PT6H"},
             "changes": [{"type": "maintenance", "hosts": ["host-03"]}], "migrations": []}
            """;
    private final LabScenarioService service = new LabScenarioService(new LabCatalog(), 1);

    @Test
    void aRunReportsEachStageAndEndsDone() {
        List<String> stages = new ArrayList<>();
        List<Double> shares = new ArrayList<>();

        ScenarioOutcome o = service.run(scenario("bitbrains-rnd"), new RunControl((done, doing) -> {
            shares.add(done);
            stages.add(doing);
        }));

        assertThat(o.result().health()).hasSize(4);
        assertThat(stages).hasSize(4);
        assertThat(stages.get(0)).startsWith("Reading lab bitbrains-rnd");
        assertThat(stages.get(1)).startsWith("Forecasting 120 VMs and applying 1 change(s)");
        assertThat(stages.get(2)).isEqualTo("Simulating day: 288 steps …");
        assertThat(shares).isSorted().endsWith(1.0);
    }

    @Test
    void aCancelDuringTheRunStopsItBeforeAnOutcomeIsReturned() {
        RunControl[] control = new RunControl[1];
        control[0] = new RunControl((done, doing) -> {
            if (doing.startsWith("Simulating")) {
                control[0].cancel();
            }
        });

        assertThatThrownBy(() -> service.run(scenario("bitbrains-rnd"), control[0])).isInstanceOf(CancellationException.class);
    }

    @Test
    void anUnknownLabIsNamedOnTheBaselinesLabField() {
        assertThatThrownBy(() -> service.run(scenario("no-such-lab"), new RunControl((d, s) -> { })))
                .isInstanceOfSatisfying(ScenarioException.class, e -> {
                    assertThat(e.field()).isEqualTo("baseline.lab");
                    assertThat(e.problem()).contains("no-such-lab");
                });
    }

    private static Scenario scenario(String lab) {
        return new ScenarioReader().parse(SCENARIO.formatted(lab));
    }
}
