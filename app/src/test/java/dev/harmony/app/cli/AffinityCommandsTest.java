package dev.harmony.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harmony.engine.affinity.predict.GnnPredictor;
import dev.harmony.engine.store.StoredModel;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code harmony evaluate} and {@code harmony train} on the real bundled Bitbrains lab, with short splits and few epochs. */
class AffinityCommandsTest {
    @TempDir
    Path home;
    private AppContext context;

    @BeforeEach
    void openContext() {
        context = CliRun.context(home, "affinity-" + System.nanoTime());
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void evaluateJsonScoresEveryModelOnTheSameHeldOutPairs() throws IOException {
        CliRun run = CliRun.run(context, "evaluate", "--source", "lab:bitbrains-rnd", "--train-days", "1-4",
                "--test-days", "5-6", "--epochs", "2", "--adaptive", "--json");

        assertThat(run.exitCode).as(run.err).isZero();
        JsonNode json = JsonOutput.mapper().readTree(run.out);
        assertThat(json.get("schema").asText()).isEqualTo("harmony.affinity-evaluation/1");
        assertThat(json.get("split").get("train_windows").asInt()).isEqualTo(4);
        assertThat(json.get("split").get("test_windows").asInt()).isEqualTo(2);
        assertThat(json.get("split").get("test_from").asText()).isEqualTo(json.get("split").get("train_to").asText());
        int testPairs = json.get("pairs").get("test_scored").asInt();
        assertThat(testPairs).isPositive();
        assertThat(json.get("seed").asLong()).isEqualTo(42);
        assertThat(json.get("backend").asText()).isNotBlank();
        JsonNode models = json.get("models");
        assertThat(models.fieldNames()).toIterable().containsExactlyInAnyOrder("gnn", "persistence", "history_mean", "mlp", "correlation");
        models.forEach(m -> {
            assertThat(m.get("mae").asDouble()).isBetween(0.0, 2.0);
            assertThat(m.get("precision_at_k").asDouble()).isBetween(0.0, 1.0);
            // Undefined (null) only when a model's predictions are all equal.
            assertThat(m.get("spearman").isNumber() || m.get("spearman").isNull()).isTrue();
            assertThat(m.get("pairs").asInt()).isEqualTo(testPairs);
        });
        JsonNode adaptive = json.get("adaptive");
        assertThat(adaptive.get("frozen").get("mae").isNumber()).isTrue();
        assertThat(adaptive.get("adaptive").get("mae").isNumber()).isTrue();
        assertThat(adaptive.get("error_trend")).hasSize(2);
        assertThat(adaptive.get("model_age").asInt()).isBetween(0, 2);
    }

    @Test
    void trainPrintsEpochsAndSavesAVersionedModelWithItsSchema() {
        CliRun run = CliRun.run(context, "train", "--source", "lab:bitbrains-rnd", "--days", "1-3", "--epochs", "2");

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("gnn epoch 1/2  loss ").contains("gnn epoch 2/2  loss ")
                .contains("Saved affinity-gnn version 1");
        StoredModel stored = context.store().models().latest("affinity-gnn").orElseThrow();
        assertThat(stored.info().kind()).isEqualTo(TrainCommand.KIND);
        assertThat(stored.info().meta()).containsEntry("train_days", "1-3").containsEntry("source", "lab:bitbrains-rnd")
                .containsEntry("format_version", "1").containsKeys("feature_schema_sha256", "node_features", "pair_features",
                        "final_loss", "train_mae", "backend", "train_from", "train_to");
        try (GnnPredictor loaded = GnnPredictor.load(stored.bytes())) {
            assertThat(loaded.parameters()).isPositive();
        }
    }

    @Test
    void planPredictsAffinityWithTheTrainedModelOfItsSource() throws IOException {
        CliRun train = CliRun.run(context, "train", "--source", "lab:bitbrains-rnd", "--days", "1-3", "--epochs", "1");
        assertThat(train.exitCode).as(train.err).isZero();

        // A one-epoch model calls many pairs low; the move budget is lifted so the search is not what is tested.
        CliRun plan = CliRun.run(context, "plan", "--source", "lab:bitbrains-rnd", "--max-moves", "200", "--time-limit", "30", "--json");

        assertThat(plan.exitCode).as(plan.err).isZero();
        assertThat(plan.err).contains("predicted affinity: affinity-gnn v1 (GNN trained on days 1-3 of lab:bitbrains-rnd) for ")
                .contains("(else history mean of realized affinity");
        JsonNode notes = JsonOutput.mapper().readTree(plan.out).get("notes");
        assertThat(notes).anySatisfy(n -> assertThat(n.asText()).startsWith("predicted affinity: affinity-gnn v1"));

        // A replay of a day after the training days plans with the same model, once a day, and says so.
        CliRun replay = CliRun.run(context, "replay", "--source", "lab:bitbrains-rnd", "--policy", "harmony", "--days", "4-4", "--json");
        assertThat(replay.exitCode).as(replay.err).isZero();
        assertThat(JsonOutput.mapper().readTree(replay.out).get("predicted_affinity").asText())
                .startsWith("affinity-gnn v1 (GNN trained on days 1-3), scores for each replayed day, else the history mean");
        CliRun mean = CliRun.run(context, "replay", "--source", "lab:bitbrains-rnd", "--policy", "none", "--days", "4-4",
                "--affinity", "history-mean");
        assertThat(mean.out).contains("predicted affinity: history mean of realized affinity over the 14 days before each plan");
    }

    @Test
    void testDaysThatDoNotFollowTheTrainingDaysAreABadInput() {
        CliRun run = CliRun.run(context, "evaluate", "--source", "lab:bitbrains-rnd", "--train-days", "1-20", "--test-days", "15-30");

        assertThat(run.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err).contains("--test-days 15-30 must start after --train-days 1-20 ends");
    }

    @Test
    void sourceOtherThanALabIsABadInput() {
        CliRun run = CliRun.run(context, "train", "--source", "vcenter:vc01");

        assertThat(run.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err).contains("use lab:NAME");
    }

    @Test
    void daysPastTheEndOfTheLabAreABadInput() {
        CliRun run = CliRun.run(context, "evaluate", "--source", "lab:planetlab-20110303", "--train-days", "1", "--test-days", "2-3");

        assertThat(run.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err).contains("holds 1 whole day(s); days 2-3 reach past its end");
    }
}
