package dev.harmony.engine.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.engine.affinity.Resource;
import org.junit.jupiter.api.Test;

/** Scenarios run through the simulator and compared on one horizon. */
class ScenarioRunnerTest {
    private final ScenarioRunner runner = ScenarioRunner.standard(1);
    private final ScenarioReader reader = new ScenarioReader();

    @Test
    void moreDemandMeansHigherPeaksAndLowerHealth() {
        ScenarioOutcome base = run("");
        ScenarioOutcome busier = run("{\"type\": \"scale_demand\", \"percent\": 150, \"resources\": [\"cpu\"]}");

        ScenarioComparison c = ScenarioComparison.of(base, busier);

        assertThat(busier.result().summary().peakUtilisation().get(Resource.CPU))
                .isGreaterThan(2 * base.result().summary().peakUtilisation().get(Resource.CPU));
        assertThat(busier.result().summary().minPoolHealth()).isLessThan(base.result().summary().minPoolHealth());
        assertThat(c.figures()).filteredOn(f -> f.name().equals("peak_cpu_utilisation")).singleElement()
                .satisfies(f -> assertThat(f.better()).isEqualTo("first"));
    }

    @Test
    void maintenanceEvacuatesTheHostWithinTheHorizon() {
        ScenarioOutcome o = run("{\"type\": \"maintenance\", \"hosts\": [\"host-2\"], \"from\": \"2024-05-04T02:00:00Z\"}");

        assertThat(o.result().placement().vmsOn("host-2")).isEmpty();
        assertThat(o.result().summary().migrationsDone()).isEqualTo(3);
    }

    @Test
    void forecastScenarioRunsFromTheHistoryBeforeTheStart() {
        Scenario s = reader.parse(WhatIfFixtures.json("", "").replace("\"replay\"", "\"forecast\""));

        ScenarioOutcome o = runner.run(s, WhatIfFixtures.baseline());

        assertThat(o.result().intervals()).isEqualTo(288);
        assertThat(o.result().host("host-1").p95Utilisation(Resource.CPU, 144))
                .isGreaterThanOrEqualTo(o.result().host("host-1").utilisation(Resource.CPU, 144));
        assertThat(o.result().health()).hasSize(2);
    }

    @Test
    void scenariosOnDifferentHorizonsAreNotCompared() {
        ScenarioOutcome day = run("");
        ScenarioOutcome half = runner.run(reader.parse(WhatIfFixtures.json("", "").replace("\"P1D\"", "\"PT12H\"")),
                WhatIfFixtures.baseline());

        assertThatThrownBy(() -> ScenarioComparison.of(day, half)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("cover different horizons");
    }

    private ScenarioOutcome run(String changes) {
        return runner.run(reader.parse(WhatIfFixtures.json(changes, "")), WhatIfFixtures.baseline());
    }
}
