package dev.harmony.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harmony.connectors.lab.catalog.LabCatalog;
import dev.harmony.connectors.lab.connector.LabConnector;
import dev.harmony.connectors.lab.connector.LabOptions;
import dev.harmony.engine.execution.ExecutionStore;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.PlanCodec;
import dev.harmony.engine.store.DataDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code harmony execute} and {@code harmony audit}, in-process, on the shipped example plan, the real lab and a store file. */
class ExecuteCommandTest {
    private static final Path EXAMPLE = Path.of("").toAbsolutePath().resolve("../examples/plans/bitbrains-rnd-balance.json").normalize();
    /** The shipped plan, as {@code harmony plan --json} wrote it. */
    private static final MigrationPlan PLAN = new PlanCodec().read(EXAMPLE);
    private static final int N = PLAN.moves().size();
    @TempDir
    Path home;
    private AppContext context;

    @BeforeEach
    void openContext() {
        context = AppContext.forUser(new DataDirectory(home), home.resolve("logs/harmony.log"));
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private JsonNode json(CliRun run) throws Exception {
        return JsonOutput.mapper().readTree(run.out);
    }

    @Test
    void examplePlanIsApprovedExecutedAndAuditedAndThenNotRunAgain() throws Exception {
        CliRun run = CliRun.run(context, "execute", "--plan", EXAMPLE.toString(), "--approve-by", "alice", "--comment", "tonight", "--json");

        assertThat(run.exitCode).as(run.err).isZero();
        JsonNode doc = json(run);
        assertThat(doc.get("schema").asText()).isEqualTo("harmony.execute/1");
        assertThat(doc.get("status").asText()).isEqualTo("succeeded");
        assertThat(doc.get("moves")).hasSize(N).allSatisfy(m -> assertThat(m.get("state").asText()).isEqualTo("done"));
        assertThat(doc.at("/audit/intact").asBoolean()).isTrue();
        assertThat(run.err).contains("harmony: executing plan " + PLAN.id() + ": " + N + " approved moves, " + N + " to run")
                .containsPattern("\\[" + N + "/" + N + "] m\\d\\d: done: VM bb-\\d+ read back on host-\\d\\d");

        CliRun verify = CliRun.run(context, "audit", "verify", "--json");
        assertThat(verify.exitCode).isZero();
        assertThat(json(verify).get("entries").asInt()).isGreaterThanOrEqualTo(25);
        CliRun log = CliRun.run(context, "audit", "log", "--plan", PLAN.id());
        assertThat(log.out).contains("alice").contains("plan-approved").contains("\"comment\":\"tonight\"").contains("move-intent")
                .contains("execution-finished");

        CliRun again = CliRun.run(context, "execute", "--plan", EXAMPLE.toString(), "--approve-by", "alice");
        assertThat(again.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(again.err).contains("plan " + PLAN.id() + " is already succeeded; nothing to run");

        try (Connection c = context.store().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3");
        }
        CliRun broken = CliRun.run(context, "audit", "verify");
        assertThat(broken.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(broken.out).startsWith("Audit trail BROKEN: entry 3 (plan-approved by mallory at ")
                .contains("does not match its hash");
        assertThat(json(CliRun.run(context, "audit", "verify", "--json")).get("first_broken").asInt()).isEqualTo(3);
    }

    @Test
    void dryRunStoresNothingAndChosenMovesAreTheOnlyOnesRun() throws Exception {
        CliRun dry = CliRun.run(context, "execute", "--plan", EXAMPLE.toString(), "--approve-by", "alice", "--dry-run", "--json");

        assertThat(dry.exitCode).as(dry.err).isZero();
        assertThat(json(dry).get("status").asText()).isEqualTo("would_succeed");
        assertThat(json(dry).at("/forecast/health_after").isNumber()).isTrue();
        assertThat(json(dry).get("moves")).allSatisfy(m -> assertThat(m.at("/simulated/completes").asBoolean()).isTrue());
        assertThat(json(CliRun.run(context, "audit", "verify", "--json")).get("entries").asInt()).isZero();

        CliRun subset = CliRun.run(context, "execute", "--plan", EXAMPLE.toString(), "--approve-by", "bob", "--moves", "m01,m03", "--json");

        assertThat(subset.exitCode).as(subset.err).isZero();
        assertThat(json(subset).get("moves")).extracting(m -> m.get("id").asText()).containsExactly("m01", "m03");
        assertThat(json(subset).get("not_approved")).hasSize(N - 2);
    }

    @Test
    void targetInMaintenanceMakesTheRunPartlyFailWithItsOwnExitCode() throws Exception {
        String firstTarget = PLAN.move("m01").orElseThrow().to();
        Path state = ExecuteSources.labState(context, "bitbrains-rnd");
        try (LabConnector lab = new LabCatalog().open("bitbrains-rnd", LabOptions.defaults().withStateFile(state))) {
            lab.setMaintenance(firstTarget, true);
        }

        CliRun run = CliRun.run(context, "execute", "--plan", EXAMPLE.toString(), "--approve-by", "alice");

        assertThat(run.exitCode).as(run.err).isEqualTo(ExitCodes.PARTLY_FAILED);
        assertThat(run.out).contains("Plan " + PLAN.id() + " on lab:bitbrains-rnd: partly failed")
                .contains("skipped: target host " + firstTarget + " is in maintenance").contains("Audit trail: ").contains("chain verifies");
        assertThat(run.err).contains("m01: skipped: target host " + firstTarget + " is in maintenance");
    }

    @Test
    void badPlanFileIsRefusedWithItsLineAndExitCode3() throws Exception {
        Path bad = home.resolve("bad.json");
        Files.writeString(bad, Files.readString(EXAMPLE).replace("\"predicted_gain\"", "\"predicted_gian\""));

        CliRun run = CliRun.run(context, "execute", "--plan", bad.toString(), "--approve-by", "alice");

        assertThat(run.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err).startsWith("harmony: " + bad + ": line 12, column 5 (/moves/0/predicted_gian): unknown field 'predicted_gian'")
                .contains("did you mean 'predicted_gain'?");
    }
}
