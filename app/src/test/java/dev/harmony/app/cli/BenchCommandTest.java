package dev.harmony.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps {@code harmony bench} from rotting: every suite once at the tiny size; no time is asserted. */
class BenchCommandTest {
    private static final List<String> SUITES = List.of("ingest", "affinity-all-pairs", "affinity-sparse", "gnn-train-epoch",
            "gnn-infer", "forecast", "simulation", "executor", "planning", "planning-greedy");

    @TempDir
    Path home;
    private AppContext context;

    @BeforeEach
    void open() {
        context = CliRun.context(home, "bench-" + System.nanoTime());
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void tinyRunOfEverySuiteReportsFiniteFiguresInTheDocumentedJsonShape() throws Exception {
        CliRun run = CliRun.run(context, "bench", "--size", "tiny", "--warmup", "0", "--repeat", "1", "--json");

        assertThat(run.exitCode).as(run.err).isEqualTo(ExitCodes.OK);
        JsonNode json = JsonOutput.mapper().readTree(run.out);
        assertThat(json.get("schema").asText()).isEqualTo("harmony.bench/1");
        JsonNode machine = json.get("machine");
        assertThat(machine.get("cores").asInt()).isPositive();
        assertThat(machine.get("nd4j_backend").asText()).isNotBlank();
        assertThat(machine.has("memory_mb") && machine.has("jvm") && machine.has("gpu")).isTrue();
        assertThat(json.get("size").asText()).isEqualTo("tiny");
        assertThat(json.get("repeat").asInt()).isEqualTo(1);
        JsonNode suites = json.get("suites");
        assertThat(suites.fieldNames()).toIterable().containsExactlyElementsOf(SUITES);
        for (String name : SUITES) {
            JsonNode s = suites.get(name);
            for (String field : List.of("min_s", "median_s", "max_s", "heap_mb")) {
                double value = s.get(field).asDouble(Double.NaN);
                assertThat(Double.isFinite(value) && value >= 0).as(name + " " + field + " = " + s.get(field)).isTrue();
            }
            assertThat(s.get("min_s").asDouble()).isLessThanOrEqualTo(s.get("max_s").asDouble());
            assertThat(s.get("items").asLong()).as(name + " items").isPositive();
        }
        assertThat(suites.get("planning").get("extras").get("outcome").asText()).isIn("planned", "blocked");
        assertThat(json.get("comparisons").get("planning_timefold_vs_greedy").get("greedy_median_s").isNumber()).isTrue();
    }

    @Test
    void unknownSuiteIsRefusedWithTheSuitesThatExist() {
        CliRun run = CliRun.run(context, "bench", "--suite", "nope", "--size", "tiny");

        assertThat(run.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err).contains("unknown suite 'nope'").contains("affinity-sparse").contains("planning-greedy");
    }
}
