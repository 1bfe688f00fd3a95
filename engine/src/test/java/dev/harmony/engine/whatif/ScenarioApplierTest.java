package dev.harmony.engine.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.engine.forecast.SeasonalForecaster;
import dev.harmony.engine.forecast.SeasonalOptions;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.simulation.SimulationOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad scenarios are refused whole, with the field and the name at fault; good ones change only a copy. */
class ScenarioApplierTest {
    private final ScenarioApplier applier = new ScenarioApplier(SimulationOptions.defaults(),
            new SeasonalForecaster(SeasonalOptions.defaults()), 1);
    private final ScenarioReader reader = new ScenarioReader();

    @Test
    void removingEveryHostIsRefused() {
        assertRefused("{\"type\": \"remove_hosts\", \"hosts\": [\"host-1\", \"host-2\", \"host-3\"]}", "",
                "changes[0]: removes every host; at least one must stay in service");
    }

    @Test
    void maintenanceOnTheOnlyHostIsRefused() {
        Baseline single = new Baseline("one", WhatIfFixtures.NOW, List.of(WhatIfFixtures.baseline().hosts().get(0)),
                WhatIfFixtures.baseline().vms().subList(0, 2),
                new Placement(java.util.Map.of("vm-0", "host-1", "vm-1", "host-1")), List.of(),
                WhatIfFixtures.baseline().demand().subList(0, 2));
        Scenario s = reader.parse(WhatIfFixtures.json("{\"type\": \"maintenance\", \"hosts\": [\"host-1\"]}", ""));

        assertThatThrownBy(() -> applier.apply(s, single)).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("changes[0].hosts: puts every host in service into maintenance at 2024-05-04T00:00:00Z");
    }

    @Test
    void removingHostsTheVmsDoNotFitWithoutIsRefused() {
        assertRefused("{\"type\": \"add_vms\", \"count\": 10, \"vcpus\": 2, \"cpu_mhz\": 5000, \"memory_mib\": 16384}, "
                + "{\"type\": \"remove_hosts\", \"hosts\": [\"host-1\", \"host-2\"]}", "",
                "changes[1]: leaves 115 GiB of usable host memory in service at 2024-05-04T00:00:00Z for 232 GiB of VMs");
    }

    @Test
    void vmLargerThanAnyHostIsRefused() {
        assertRefused("{\"type\": \"add_vms\", \"count\": 1, \"vcpus\": 8, \"cpu_mhz\": 20000, \"memory_mib\": 262144}", "",
                "changes[0]: a VM of 8 vCPUs, 20000 MHz and 262144 MiB is larger than any host in service (largest: host-1");
    }

    @Test
    void unknownNamesAreRefusedWithTheKnownOnes() {
        assertRefused("{\"type\": \"maintenance\", \"hosts\": [\"host-1\", \"host-9\"]}", "",
                "changes[0].hosts[1]: unknown host 'host-9'; known hosts: host-1, host-2, host-3");
        assertRefused("{\"type\": \"scale_demand\", \"percent\": 10, \"group\": {\"vms\": [\"vm-42\"]}}", "",
                "changes[0].group.vms[0]: unknown VM 'vm-42'; known VMs: vm-0, vm-1");
        assertRefused("{\"type\": \"scale_demand\", \"percent\": 10, \"group\": {\"application\": \"billing\"}}", "",
                "changes[0].group.application: application billing matches no VM");
        assertRefused("{\"type\": \"add_vms\", \"count\": 1, \"vcpus\": 1, \"cpu_mhz\": 1, \"memory_mib\": 1, \"like_vm\": \"vm-x\"}", "",
                "changes[0].like_vm: unknown VM 'vm-x'");
        assertRefused("", "{\"vm\": \"vm-99\", \"to\": \"host-2\", \"at\": \"2024-05-04T01:00:00Z\"}",
                "migrations[0].vm: unknown VM 'vm-99'");
        assertRefused("", "{\"vm\": \"vm-1\", \"to\": \"host-7\", \"at\": \"2024-05-04T01:00:00Z\"}",
                "migrations[0].to: unknown host 'host-7'");
    }

    @Test
    void migrationOutsideTheHorizonAndReplayBeyondTheTraceAreRefused() {
        assertRefused("", "{\"vm\": \"vm-1\", \"to\": \"host-2\", \"at\": \"2024-05-09T01:00:00Z\"}",
                "migrations[0].at: must lie within the horizon 2024-05-04T00:00:00Z .. 2024-05-05T00:00:00Z");
        Scenario longReplay = reader.parse(WhatIfFixtures.json("", "").replace("\"P1D\"", "\"P5D\""));
        assertThatThrownBy(() -> applier.apply(longReplay, WhatIfFixtures.baseline()))
                .hasMessageStartingWith("baseline.horizon: a replay needs the trace up to 2024-05-09T00:00:00Z, but it ends at 2024-05-06T00:00:00Z");
    }

    @Test
    void goodScenarioChangesACopyAndLeavesTheBaselineAsItWas() {
        Baseline b = WhatIfFixtures.baseline();
        Scenario s = reader.parse(WhatIfFixtures.json("""
                {"type": "add_hosts", "count": 1, "cpu_cores": 16, "cpu_mhz": 40000, "memory_mib": 131072},
                {"type": "remove_hosts", "hosts": ["host-1"]},
                {"type": "add_vms", "count": 2, "vcpus": 2, "cpu_mhz": 5000, "memory_mib": 4096, "cpu_demand_mhz": 500}
                """, ""));

        AppliedScenario applied = applier.apply(s, b);

        assertThat(applied.input().hosts()).extracting(Host::id).containsExactly("host-1", "host-2", "host-3", "new-host-01");
        assertThat(applied.input().outages()).singleElement().satisfies(o -> assertThat(o.removed()).isTrue());
        assertThat(applied.input().vms()).hasSize(11);
        assertThat(applied.input().placement().hostOf("new-vm-01")).isPresent().get().isNotEqualTo("host-1");
        assertThat(applied.applied()).hasSize(3).first().asString().startsWith("added 1 host(s) [new-host-01]");
        assertThat(b.hosts()).hasSize(3);
        assertThat(b.vms()).hasSize(9);
    }

    private void assertRefused(String changes, String migrations, String message) {
        Scenario s = reader.parse(WhatIfFixtures.json(changes, migrations));
        assertThatThrownBy(() -> applier.apply(s, WhatIfFixtures.baseline()))
                .isInstanceOf(ScenarioException.class).hasMessageStartingWith(message);
    }
}
