package dev.harmony.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.Move;
import dev.harmony.engine.plan.PlanCodec;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
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
        CliRun run = CliRun.run(context, "plan", "--source", "lab:bitbrains-rnd", "--time-limit", "20", "--json", "--out", file.toString());

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
    void planSaysWhichPredictedAffinityItUsed() throws Exception {
        CliRun run = CliRun.run(context, "plan", "--source", "lab:bitbrains-rnd", "--time-limit", "20", "--json");

        assertThat(run.exitCode).as(run.err).isZero();
        // No model is trained in this store, so the history mean stands in, and the plan file says so.
        assertThat(run.err).contains("no trained model 'affinity-gnn' in the store")
                .contains("history mean of realized affinity over the 14 windows of 24 h");
        assertThat(JsonOutput.mapper().readTree(run.out).get("notes")).anySatisfy(n ->
                assertThat(n.asText()).startsWith("predicted affinity: history mean of realized affinity"));
    }

    @Test
    void movesExecutedByAnEarlierPlanAreHistoryForTheNextPlan(@TempDir Path home) throws Exception {
        try (AppContext own = CliRun.context(home, "plan-history-" + System.nanoTime())) {
            Path first = dir.resolve("first.json");
            CliRun plan = CliRun.run(own, "plan", "--source", "lab:bitbrains-rnd", "--time-limit", "20", "--out", first.toString());
            assertThat(plan.exitCode).as(plan.err).isZero();
            assertThat(plan.err).contains("migration history: 0 executed move(s)");
            MigrationPlan made = new PlanCodec().read(first);
            List<Move> executed = made.movesInOrder().subList(0, 3);
            CliRun run = CliRun.run(own, "execute", "--plan", first.toString(), "--approve-by", "test",
                    "--moves", executed.stream().map(Move::id).collect(Collectors.joining(",")));
            assertThat(run.exitCode).as(run.out + run.err).isZero();

            Path second = dir.resolve("second.json");
            CliRun again = CliRun.run(own, "plan", "--source", "lab:bitbrains-rnd", "--time-limit", "20", "--out", second.toString());

            assertThat(again.exitCode).as(again.err).isZero();
            assertThat(again.err).contains("migration history: 3 executed move(s) of lab:bitbrains-rnd");
            // Within the hysteresis time, none of the VMs just moved is moved again, so none goes back either.
            List<String> moved = executed.stream().map(Move::vm).toList();
            assertThat(new PlanCodec().read(second).moves()).extracting(Move::vm).doesNotContainAnyElementsOf(moved);
        }
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
        JsonNode doc = JsonOutput.mapper().readTree(run.out);
        JsonNode policies = doc.get("policies");
        assertThat(policies.fieldNames()).toIterable().containsExactly("none", "reactive");
        assertThat(doc.get("reactive_net").asBoolean()).isEqualTo(ReplayDefaults.REACTIVE_NET);
        assertThat(doc.get("replan_on_overload").asBoolean()).isEqualTo(ReplayDefaults.REPLAN_ON_OVERLOAD);
        assertThat(doc.get("reactive_every_min").asInt()).isEqualTo(15);
        assertThat(doc.get("heat_sustain_min").asInt()).isEqualTo(15);
        assertThat(doc.get("min_gain").asDouble()).isEqualTo(ReplayDefaults.MIN_GAIN);
        assertThat(doc.get("max_moves").asInt()).isEqualTo(ReplayDefaults.MAX_MOVES);
        assertThat(doc.get("partial_plans").asBoolean()).isEqualTo(ReplayDefaults.PARTIAL_PLANS);
        assertThat(doc.get("memory_load").isNull()).as("the lab's own load").isTrue();
        assertThat(doc.get("lab_seed").asLong()).as("the lab's own datacenter").isEqualTo(42);
        assertThat(doc.has("datacenters")).isFalse();
        assertThat(policies.get("none").get("contention_vm_hours").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(policies.get("none").get("migrations").asInt()).isPositive();
        assertThat(policies.get("reactive").get("mean_health").asDouble()).isBetween(0.0, 100.0);
        JsonNode none = policies.get("none");
        assertThat(none.get("contention_by_resource").fieldNames()).toIterable().containsExactly("cpu", "memory", "disk", "network");
        assertThat(none.get("contention_during_migrations").asDouble())
                .isBetween(0.0, none.get("contention_vm_hours").asDouble());
        // A fresh store holds no model: the replay says why it uses the history mean, and how the lab's host in
        // maintenance was emptied before any policy acted.
        assertThat(run.err).contains("predicted affinity: no trained model")
                .containsPattern("none at 2013-07-2\\dT\\d\\d:\\d\\d:00Z: the evacuation of host-\\d\\d ended after \\d+ five-minute steps");
    }

    @Test
    void replaySaysWhereAndWhenItsContentionHappened() throws Exception {
        // The 5 July burst on a denser datacenter: with nothing moving, hosts run over capacity.
        String[] args = {"replay", "--source", "lab:bitbrains-rnd", "--policy", "none", "--days", "5-5",
                "--memory-load", "0.8", "--lab-seed", "2"};
        CliRun run = CliRun.run(context, args);
        String[] withJson = java.util.Arrays.copyOf(args, args.length + 1);
        withJson[args.length] = "--json";
        CliRun json = CliRun.run(context, withJson);

        assertThat(json.exitCode).as(json.err).isZero();
        JsonNode doc = JsonOutput.mapper().readTree(json.out);
        assertThat(doc.get("memory_load").asDouble()).isEqualTo(0.8);
        JsonNode none = doc.get("policies").get("none");
        JsonNode episodes = none.get("contention_episodes");
        assertThat(none.get("contention_vm_hours").asDouble()).isPositive();
        assertThat(episodes).isNotEmpty();
        double sum = 0;
        for (JsonNode e : episodes) {
            assertThat(e.get("host").asText()).matches("host-\\d\\d");
            assertThat(java.time.Instant.parse(e.get("to").asText())).isAfter(java.time.Instant.parse(e.get("from").asText()));
            assertThat(e.get("peak_utilisation").asDouble()).isGreaterThan(1.0);
            sum += e.get("vm_hours").asDouble();
        }
        assertThat(sum).isCloseTo(none.get("contention_vm_hours").asDouble(), within(0.01 * episodes.size() + 0.011));
        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("none's contention came in " + episodes.size() + " episode")
                .containsPattern("host-\\d\\d 2013-07-05 \\d\\d:\\d\\d UTC, \\d+ min: \\d+ VMs, [0-9.]+ VM-h, cpu up to \\d+ %");
    }

    @Test
    void replayWithTheReactiveNetSaysSoInItsTable() {
        CliRun run = CliRun.run(context, "replay", "--source", "lab:bitbrains-rnd", "--policy", "harmony",
                "--days", "21-21", "--reactive-net", "--min-gain", "2.5");

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("harmony").contains("planners' safety net: the reactive balancer acts between plans")
                .contains("planners: a move must add more than 2.5 points of health, at most " + ReplayDefaults.MAX_MOVES + " VMs a plan");
    }

    @Test
    void replayRefusesNoReplansOnHeatAsABadInput() {
        assertRefused("--heat-replans 0 must be within 1..100", "--heat-replans", "0");
    }

    @Test
    void replayRefusesTriggerTimesOffTheFiveMinuteGrid() {
        assertRefused("--heat-sustain 7 must be a multiple of 5 within 5..60 minutes", "--heat-sustain", "7");
        assertRefused("--reactive-every 0 must be a multiple of 5 within 5..60 minutes", "--reactive-every", "0");
    }

    /** A replay of the lab with {@code args} exits as bad input and says {@code message}. */
    private static void assertRefused(String message, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "replay";
        all[1] = "--source";
        all[2] = "lab:bitbrains-rnd";
        System.arraycopy(args, 0, all, 3, args.length);
        CliRun run = CliRun.run(context, all);
        assertThat(run.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err).contains(message);
    }

    @Test
    void replayOnSeveralLabSeedsReportsEachDatacenterAndTheirTotal() throws Exception {
        CliRun run = CliRun.run(context, "replay", "--source", "lab:bitbrains-rnd", "--policy", "none,reactive",
                "--days", "21-21", "--lab-seed", "1,2", "--json");

        assertThat(run.exitCode).as(run.err).isZero();
        JsonNode doc = JsonOutput.mapper().readTree(run.out);
        JsonNode each = doc.get("datacenters");
        assertThat(each).hasSize(2);
        assertThat(each.get(0).get("lab_seed").asLong()).isEqualTo(1);
        assertThat(each.get(1).get("lab_seed").asLong()).isEqualTo(2);
        assertThat(doc.get("lab_seeds")).hasSize(2);
        // Nothing moves under none but the evacuation of the host in maintenance, which differs between the two datacenters.
        int first = each.get(0).get("policies").get("none").get("migrations").asInt();
        int second = each.get(1).get("policies").get("none").get("migrations").asInt();
        assertThat(first).isNotEqualTo(second);
        for (String policy : List.of("none", "reactive")) {
            JsonNode total = doc.get("policies").get(policy);
            JsonNode a = each.get(0).get("policies").get(policy);
            JsonNode b = each.get(1).get("policies").get(policy);
            assertThat(total.get("migrations").asInt()).isEqualTo(a.get("migrations").asInt() + b.get("migrations").asInt());
            assertThat(total.get("contention_vm_hours").asDouble())
                    .isCloseTo(a.get("contention_vm_hours").asDouble() + b.get("contention_vm_hours").asDouble(), within(0.011));
            assertThat(total.get("mean_health").asDouble())
                    .isCloseTo((a.get("mean_health").asDouble() + b.get("mean_health").asDouble()) / 2, within(0.011));
            // The datacenters share host names: where contention happened is told per datacenter, not in the total.
            assertThat(total.has("contention_episodes")).isFalse();
            assertThat(a.get("contention_episodes").isArray()).isTrue();
        }
        assertThat(doc.get("hosts").asInt()).isEqualTo(each.get(0).get("hosts").asInt() + each.get(1).get("hosts").asInt());
        assertThat(run.err).contains("datacenter 1 of 2 (lab seed 1)").contains("datacenter 2 of 2 (lab seed 2)");
    }

    @Test
    void replayTextOnSeveralLabSeedsShowsEachDatacenterInTurnThenTheTotal() {
        CliRun run = CliRun.run(context, "replay", "--source", "lab:bitbrains-rnd", "--policy", "none", "--days", "21-21",
                "--lab-seed", "2,1");

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).containsSubsequence("lab datacenter seed: 2", "lab datacenter seed: 1",
                "All 2 datacenters (seeds 2,1): contention, peaks, migrations and time summed, health the mean", "none");
    }

    @Test
    void replayRefusesLabSeedsItCannotRead() {
        assertRefused("--lab-seed '5-2': the range 5-2 ends before it starts", "--lab-seed", "5-2");
        assertRefused("--lab-seed '1,x': 'x' is not a seed", "--lab-seed", "1,x");
        assertRefused("names more than 100 datacenters", "--lab-seed", "1-500");
    }

    @Test
    void theEvacuationEmptiesTheMaintenanceHostEvenWhenItsLastMigrationsWaitedForASlot() {
        // Seed 4's denser datacenter: the full 4-hour run ends its evacuation in step 10, but a run cut at that step
        // left two VMs that had waited for a free slot on host-07 (the replay then grew the run step by step).
        CliRun run = CliRun.run(context, "replay", "--source", "lab:bitbrains-rnd", "--policy", "none", "--days", "21-21",
                "--memory-load", "0.8", "--lab-seed", "4");

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.err).containsPattern("none at \\S+: the evacuation of host-07 ended after \\d+ five-minute steps")
                .doesNotContain("VMs left on");
    }

    @Test
    void replayRefusesAHeatHorizonBeyondADay() {
        assertRefused("--heat-horizon 25 must be within 1..24 hours", "--heat-horizon", "25");
    }

    @Test
    void replayRefusesAnUnknownPolicy() {
        CliRun run = CliRun.run(context, "replay", "--source", "lab:bitbrains-rnd", "--policy", "drs");
        assertThat(run.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err).contains("'drs'").contains("none, reactive, greedy, harmony");
    }
}
