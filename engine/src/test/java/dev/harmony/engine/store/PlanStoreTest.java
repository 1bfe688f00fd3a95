package dev.harmony.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanStoreTest {
    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    private HarmonyStore store;
    private PlanStore plans;

    @BeforeEach
    void openStore() {
        store = StoreFixtures.memoryStore();
        plans = store.plans();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void savedPlanReadsBackAsSaved() {
        PlanDocument plan = new PlanDocument("plan-1", T0, "DRAFT", "{\"moves\":[{\"vm\":\"vm-1\",\"to\":\"h2\"}]}");

        plans.save(plan);

        assertThat(plans.find("plan-1")).contains(plan);
        assertThat(plans.find("plan-2")).isEmpty();
    }

    @Test
    void savingTheSameIdReplacesThePlan() {
        plans.save(new PlanDocument("plan-1", T0, "DRAFT", "{}"));
        PlanDocument revised = new PlanDocument("plan-1", T0, "DRAFT", "{\"moves\":[]}");

        plans.save(revised);

        assertThat(plans.list()).containsExactly(revised);
    }

    @Test
    void listIsNewestFirst() {
        plans.save(new PlanDocument("old", T0, "DONE", "{}"));
        plans.save(new PlanDocument("new", T0.plusSeconds(60), "DRAFT", "{}"));

        assertThat(plans.list()).extracting(PlanDocument::id).containsExactly("new", "old");
    }

    @Test
    void updateStatusChangesOnlyTheStatusAndSaysWhetherThePlanExists() {
        PlanDocument plan = new PlanDocument("plan-1", T0, "DRAFT", "{\"a\":1}");
        plans.save(plan);

        assertThat(plans.updateStatus("plan-1", "APPROVED")).isTrue();
        assertThat(plans.updateStatus("missing", "APPROVED")).isFalse();

        assertThat(plans.find("plan-1")).contains(plan.withStatus("APPROVED"));
    }
}
