package dev.harmony.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code harmony simulate} on the shipped example scenarios against the real bundled Bitbrains lab, and bad scenarios. */
class SimulateCommandTest {
    private static final Path EXAMPLES = Path.of("..", "examples", "scenarios");
    private static final Path WEEK_AHEAD = EXAMPLES.resolve("bitbrains-week-ahead.json");
    private static final Path GROWTH = EXAMPLES.resolve("bitbrains-growth.json");
    private static AppContext context;

    @TempDir
    Path dir;

    @BeforeAll
    static void openContext(@TempDir Path home) {
        // One context for the class, so the bundled trace is parsed once.
        context = CliRun.context(home, "simulate-" + System.nanoTime());
    }

    @AfterAll
    static void closeContext() {
        context.close();
    }

    @Test
    void shippedExampleRunsAgainstTheBundledLabAsJson() throws IOException {
        CliRun run = CliRun.run(context, "simulate", "--scenario", WEEK_AHEAD.toString(), "--json");

        assertThat(run.exitCode).as(run.err).isZero();
        JsonNode json = JsonOutput.mapper().readTree(run.out);
        assertThat(json.get("schema").asText()).isEqualTo("harmony.simulation/1");
        assertThat(json.get("comparison").isNull()).isTrue();
        JsonNode r = json.get("runs").get(0);
        assertThat(r.get("name").asText()).isEqualTo("week-ahead");
        assertThat(r.get("lab").asText()).isEqualTo("bitbrains-rnd");
        assertThat(r.get("start").asText()).isEqualTo("2013-07-21T22:00:00Z");
        assertThat(r.get("end").asText()).isEqualTo("2013-07-28T22:00:00Z");
        assertThat(r.get("step_s").asInt()).isEqualTo(300);
        assertThat(r.get("health")).hasSize(7);
        assertThat(r.get("health").get(0).get("breakdown")).hasSize(5);
        assertThat(r.get("health").get(0).get("pool").asDouble()).isBetween(50.0, 100.0);
        assertThat(r.get("hosts")).hasSize(8);
        // The lab's host-08 is in maintenance with VMs on it: the simulator moves them off first.
        assertThat(r.get("migrations")).isNotEmpty().allSatisfy(m -> {
            assertThat(m.get("kind").asText()).isEqualTo("evacuation");
            assertThat(m.get("source").asText()).isEqualTo("host-08");
            assertThat(m.get("duration_s").asDouble()).isPositive();
            assertThat(m.get("stun_s").asDouble()).isPositive();
        });
    }

    @Test
    void comparingTheShippedExamplesShowsWhatTheChangesCost() {
        CliRun run = CliRun.run(context, "simulate", "--scenario", WEEK_AHEAD.toString(), "--compare", GROWTH.toString());

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("Scenario week-ahead").contains("Scenario growth-and-maintenance")
                .contains("added 1 host(s) [host-new-01]")
                .contains("maintenance on [host-03] from 2013-07-23T02:00:00Z until 2013-07-23T08:00:00Z")
                .contains("planned   bb-73")
                .contains("Comparison  week-ahead vs growth-and-maintenance")
                .containsPattern("min_pool_health \\[points\\] +\\d+\\.\\d+ +\\d+\\.\\d+ +-\\d+\\.\\d+  first");
    }

    @Test
    void removingEveryHostIsOneLocatedLineAndNoStackTrace() throws IOException {
        Path file = scenario("{\"type\": \"remove_hosts\", \"hosts\": [\"host-01\", \"host-02\", \"host-03\", \"host-04\", "
                + "\"host-05\", \"host-06\", \"host-07\", \"host-08\"]}");

        CliRun run = CliRun.run(context, "simulate", "--scenario", file.toString());

        assertThat(run.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err.strip()).isEqualTo("harmony: " + file + ": changes[0]: removes every host; at least one must stay in service");
        assertThat(run.out).isEmpty();
    }

    @Test
    void unknownHostAndTooLargeVmAreNamedWithTheirField() throws IOException {
        CliRun unknown = CliRun.run(context, "simulate", "--scenario",
                scenario("{\"type\": \"maintenance\", \"hosts\": [\"host-99\"]}").toString());
        CliRun huge = CliRun.run(context, "simulate", "--scenario",
                scenario("{\"type\": \"add_vms\", \"count\": 1, \"vcpus\": 16, \"cpu_mhz\": 40000, \"memory_mib\": 1048576}").toString());

        assertThat(unknown.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err).contains("changes[0].hosts[0]: unknown host 'host-99'; known hosts: host-01, host-02")
                .doesNotContain("Exception");
        assertThat(huge.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(huge.err).contains("changes[0]: a VM of 16 vCPUs, 40000 MHz and 1048576 MiB is larger than any host in service");
    }

    @Test
    void unknownLabMissingFileAndDifferentHorizonsAreBadInput() throws IOException {
        Path otherLab = dir.resolve("other-lab.json");
        Files.writeString(otherLab, Files.readString(WEEK_AHEAD).replace("\"bitbrains-rnd\"", "\"no-such-lab\""));
        Path shorter = dir.resolve("shorter.json");
        Files.writeString(shorter, Files.readString(WEEK_AHEAD).replace("\"P7D\"", "\"P2D\""));

        CliRun lab = CliRun.run(context, "simulate", "--scenario", otherLab.toString());
        CliRun missing = CliRun.run(context, "simulate", "--scenario", dir.resolve("nope.json").toString());
        CliRun horizons = CliRun.run(context, "simulate", "--scenario", WEEK_AHEAD.toString(), "--compare", shorter.toString());

        assertThat(lab.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(lab.err).contains(otherLab + ": baseline.lab: unknown lab 'no-such-lab'");
        assertThat(missing.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err).contains("nope.json: no such scenario file");
        assertThat(horizons.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(horizons.err).contains(shorter + ": baseline: scenarios 'week-ahead'").contains("cover different horizons");
    }

    @Test
    void scenarioIsRequired() {
        CliRun run = CliRun.run(context, "simulate");

        assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("Missing required option: '--scenario=FILE'");
    }

    /** The week-ahead example with the given changes, as a file of its own. */
    private Path scenario(String changes) throws IOException {
        Path file = dir.resolve("bad-" + System.nanoTime() + ".json");
        Files.writeString(file, Files.readString(WEEK_AHEAD).replace("\"changes\": []", "\"changes\": [" + changes + "]"));
        return file;
    }
}
