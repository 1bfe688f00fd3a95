package dev.harmony.engine.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.engine.affinity.Resource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario files read, written and refused with the field named. */
class ScenarioReaderTest {
    private final ScenarioReader reader = new ScenarioReader();

    @Test
    void everyChangeTypeIsReadWithItsDefaults() {
        Scenario s = reader.parse(WhatIfFixtures.json("""
                {"type": "add_hosts", "count": 2, "cpu_cores": 24, "cpu_mhz": 62400, "memory_mib": 196608},
                {"type": "remove_hosts", "hosts": ["host-1"]},
                {"type": "maintenance", "hosts": ["host-2"], "from": "2024-05-04T06:00:00Z", "until": "2024-05-04T12:00:00Z"},
                {"type": "scale_demand", "percent": 25, "group": {"application": "app-1"}, "resources": ["cpu"]},
                {"type": "scale_demand", "percent": -10},
                {"type": "add_vms", "count": 3, "vcpus": 2, "cpu_mhz": 5200, "memory_mib": 4096, "like_vm": "vm-1"},
                {"type": "migration_threshold", "threshold": 0.7}
                """, """
                {"vm": "vm-3", "to": "host-3", "at": "2024-05-04T01:00:00Z"}
                """));

        assertThat(s.baseline().horizon()).isEqualTo(Duration.ofDays(1));
        assertThat(s.baseline().history()).isEqualTo(Duration.ofDays(21));
        assertThat(s.changes()).hasSize(7);
        assertThat(s.changes().get(0)).isEqualTo(new ScenarioChange.AddHosts(2, "new-host-", 24, 62_400, 196_608, 25_000, "az-1"));
        ScenarioChange.ScaleDemand scale = (ScenarioChange.ScaleDemand) s.changes().get(3);
        assertThat(scale.resources()).containsExactly(Resource.CPU);
        assertThat(scale.group().application()).contains("app-1");
        assertThat(((ScenarioChange.ScaleDemand) s.changes().get(4)).group().all()).isTrue();
        assertThat(s.migrations()).singleElement()
                .isEqualTo(new ScenarioMigration("vm-3", "host-3", Instant.parse("2024-05-04T01:00:00Z")));
    }

    @Test
    void savedScenarioReadsBackTheSame(@TempDir Path dir) {
        Scenario s = reader.parse(WhatIfFixtures.json("""
                {"type": "scale_demand", "percent": 25, "group": {"vms": ["vm-1", "vm-2"]}, "resources": ["cpu", "disk"]},
                {"type": "maintenance", "hosts": ["host-2"]},
                {"type": "add_vms", "count": 1, "vcpus": 2, "cpu_mhz": 5200, "memory_mib": 4096, "cpu_demand_mhz": 800, "host": "host-3"},
                {"type": "migration_threshold", "enabled": false}
                """, ""));
        Path file = dir.resolve("saved.json");

        new ScenarioWriter().write(s, file);

        assertThat(reader.read(file)).isEqualTo(s);
        assertThat(s.changes().get(0)).isEqualTo(new ScenarioChange.ScaleDemand(25, new VmGroup(false,
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.List.of("vm-1", "vm-2")),
                Set.of(Resource.CPU, Resource.DISK)));
    }

    @Test
    void misspeltFieldIsRefusedWithItsPathAndFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("typo.json");
        Files.writeString(file, WhatIfFixtures.json("{\"type\": \"remove_hosts\", \"host\": [\"host-1\"]}", ""));

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(file + ": changes[0].host: unknown field");
    }

    @Test
    void wrongValuesAreRefusedWithTheirPath() {
        assertThatThrownBy(() -> reader.parse(WhatIfFixtures.json("{\"type\": \"scale_demand\", \"percent\": \"lots\"}", "")))
                .hasMessageStartingWith("changes[0].percent: must be a number within [-100, 10000]");
        assertThatThrownBy(() -> reader.parse(WhatIfFixtures.json("{\"type\": \"grow\"}", "")))
                .hasMessageStartingWith("changes[0].type: unknown change 'grow'");
        assertThatThrownBy(() -> reader.parse(WhatIfFixtures.json("{\"type\": \"add_hosts\", \"count\": 0}", "")))
                .hasMessageStartingWith("changes[0].count: must be a whole number within [1, 1000]");
        assertThatThrownBy(() -> reader.parse(WhatIfFixtures.json("", "{\"vm\": \"vm-1\", \"to\": \"host-2\", \"at\": \"noon\"}")))
                .hasMessageStartingWith("migrations[0].at: must be an ISO-8601 UTC time");
        assertThatThrownBy(() -> reader.parse(WhatIfFixtures.json("{\"type\": \"scale_demand\", \"percent\": 5, \"resources\": [\"gpu\"]}", "")))
                .hasMessageContaining("unknown resource 'gpu'");
    }

    @Test
    void brokenJsonAndWrongSchemaAreRefused() {
        assertThatThrownBy(() -> reader.parse("{\"schema\": \"harmony.scenario/1\",\n \"name\": }"))
                .hasMessageStartingWith("not valid JSON at line 2");
        assertThatThrownBy(() -> reader.parse("{\"schema\": \"harmony.plan/1\", \"name\": \"x\", \"baseline\": {\"lab\": \"l\"}}"))
                .hasMessageStartingWith("schema: must be harmony.scenario/1");
        assertThatThrownBy(() -> reader.parse("{\"schema\": \"harmony.scenario/1\", \"name\": \"x\"}"))
                .hasMessageStartingWith("baseline: is required");
    }
}
