package dev.harmony.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.PlanCodec;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code harmony plan} and {@code harmony replay} against the real bundled Bitbrains lab, and bad input. */
class PlanCommandTest {
    private static AppContext context;

    @TempDir
    Path dir;

    @BeforeAll
    static void openContext(@TempDir Path home) {
        context = CliRun.context(home, "plan-" + System.nanoTime());
    }

    @AfterAll
    static void closeContext() {
        context.close();
    }

    @Test
    void planJsonHasTheDocumentedFieldsAndIsThePlanFileExecuteRuns() throws Exception {
        Path file = dir.resolve("plan.json");
        CliRun run = CliRun.run(context, "plan", "--source", "lab:bitbrains-rnd", "--json", "--out", file.toString());

        assertThat(run.exitCode).as(run.err).isZero();
        JsonNode json = JsonOutput.mapper().readTree(run.out);
        assertThat(json.get("schema_version").asInt()).isEqualTo(PlanCodec.SCHEMA_VERSION);
        assertThat(json.get("health_before").asDouble()).isBetween(0.0, 100.0);
        assertThat(json.get("health_after").asDouble()).isGreaterThanOrEqualTo(json.get("health_before").asDouble());
        // The lab starts with host-08 in maintenance: its VMs are evacuated, with the reason given.
        assertThat(json.get("moves")).isNotEmpty().anySatisfy(m -> {
            assertThat(m.get("from").asText()).isEqualTo("host-08");
            assertThat(m.get("reason").asText()).contains("maintenance");
        });
        assertThat(json.get("moves")).allSatisfy(m -> {
            assertThat(m.has("vm") && m.has("to") && m.has("predicted_gain") && m.has("cost")).isTrue();
            assertThat(m.get("cost").asDouble()).isPositive();
        });
        MigrationPlan plan = new PlanCodec().read(file);
        assertThat(plan.source()).isEqualTo("lab:bitbrains-rnd");

        CliRun dryRun = CliRun.run(context, "execute", "--plan", file.toString(), "--approve-by", "test", "--dry-run");
        assertThat(dryRun.exitCode).as(dryRun.out + dryRun.err).isZero();
        assertThat(dryRun.out).contains(plan.moves().size() + " of " + plan.moves().size() + " moves would run");
    }

    @Test
    void planRefusesASourceThatIsNotALab() {
        CliRun run = CliRun.run(context, "plan", "--source", "vcenter:prod");
        assertThat(run.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err).contains("not a lab source");
    }

    @Test
    void planRefusesAnUnknownLabNamingTheKnownOnes() {
        CliRun run = CliRun.run(context, "plan", "--source", "lab:no-such-lab");
        assertThat(run.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err).contains("no-such-lab").contains("bitbrains-rnd");
    }

    @Test
    void replayJsonReportsEveryPolicyAskedFor() throws Exception {
        CliRun run = CliRun.run(context, "replay", "--source", "lab:bitbrains-rnd", "--policy", "none,reactive",
                "--days", "21-21", "--json");

        assertThat(run.exitCode).as(run.err).isZero();
        JsonNode policies = JsonOutput.mapper().readTree(run.out).get("policies");
        assertThat(policies.fieldNames()).toIterable().containsExactly("none", "reactive");
        assertThat(policies.get("none").get("contention_vm_hours").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(policies.get("none").get("migrations").asInt()).isPositive();
        assertThat(policies.get("reactive").get("mean_health").asDouble()).isBetween(0.0, 100.0);
    }

    @Test
    void replayRefusesAnUnknownPolicy() {
        CliRun run = CliRun.run(context, "replay", "--source", "lab:bitbrains-rnd", "--policy", "drs");
        assertThat(run.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err).contains("'drs'").contains("none, reactive, greedy, harmony");
    }
}
