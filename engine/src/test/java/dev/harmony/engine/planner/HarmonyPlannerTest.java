package dev.harmony.engine.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.health.HealthOptions;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.Move;
import dev.harmony.engine.plan.PlanCodec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The planner end to end on hand-built pools: candidates, solving, impact check, batches and the plan file. */
class HarmonyPlannerTest {
    private final HarmonyPlanner planner = new HarmonyPlanner(PoolFixture.options(), HealthOptions.defaults());

    private static MigrationPlan planned(PlanOutcome outcome) {
        assertThat(outcome).isInstanceOf(PlanOutcome.Planned.class);
        return ((PlanOutcome.Planned) outcome).plan();
    }

    @Test
    void planMovesLoadOffAHostWhoseForecastBreachesHeadroom() {
        PoolFixture pool = new PoolFixture().host("h1").host("h2")
                .vm("a", "h1", 6_000).vm("b", "h1", 6_000).vm("c", "h1", 5_000).vm("d", "h2", 1_000);
        List<PlanProgress> progress = new ArrayList<>();
        MigrationPlan plan = planned(planner.plan(pool.request(), progress::add));
        assertThat(plan.moves()).isNotEmpty();
        assertThat(plan.moves()).allSatisfy(m -> {
            assertThat(m.from()).isEqualTo("h1");
            assertThat(m.to()).isEqualTo("h2");
            assertThat(m.predictedGain()).isPositive();
            assertThat(m.reason()).contains("h1 cpu P95");
        });
        assertThat(plan.healthAfter()).isGreaterThan(plan.healthBefore());
        assertThat(progress).isNotEmpty();
    }

    @Test
    void planSeparatesACoLocatedPairBelowTheThreshold() {
        PoolFixture pool = new PoolFixture().host("h1").host("h2")
                .vm("a", "h1", 3_000).vm("b", "h1", 3_000).vm("c", "h2", 3_000).vm("d", "h2", 3_000)
                .affinity("a", "b", -0.6);
        MigrationPlan plan = planned(planner.plan(pool.request(), p -> { }));
        assertThat(plan.moves()).anySatisfy(m -> assertThat(m.vm()).isIn("a", "b"));
        assertThat(plan.moves().get(0).reason()).contains("a+b -0.600");
    }

    @Test
    void planKeepsWithinTheMoveBudget() {
        PoolFixture pool = new PoolFixture().host("h1").host("h2").host("h3");
        for (int i = 0; i < 8; i++) {
            pool.vm("v" + i, "h1", 2_200);
        }
        MigrationPlan plan = planned(new HarmonyPlanner(PoolFixture.options().withMaxMoves(2), HealthOptions.defaults())
                .plan(pool.request(), p -> { }));
        assertThat(plan.moves().stream().map(Move::vm).distinct()).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void planWritesJsonThatThePlanCodecReadsBack() {
        PoolFixture pool = new PoolFixture().host("h1").host("h2")
                .vm("a", "h1", 7_000).vm("b", "h1", 7_000).vm("d", "h2", 1_000);
        MigrationPlan plan = planned(planner.plan(pool.request(), p -> { }));
        PlanCodec codec = new PlanCodec();
        assertThat(codec.read(codec.write(plan), "plan.json")).isEqualTo(plan);
    }

    @Test
    void planWithNothingToImproveHasNoMove() {
        PoolFixture pool = new PoolFixture().host("h1").host("h2").vm("a", "h1", 1_000).vm("b", "h2", 1_000);
        MigrationPlan plan = planned(planner.plan(pool.request(), p -> { }));
        assertThat(plan.moves()).isEmpty();
        assertThat(plan.batches()).hasSize(1);
    }

    @Test
    void greedyBaselineAlsoSeparatesALowAffinityPair() {
        PoolFixture pool = new PoolFixture().host("h1").host("h2")
                .vm("a", "h1", 3_000).vm("b", "h1", 3_000).vm("c", "h2", 3_000)
                .affinity("a", "b", -0.6);
        MigrationPlan plan = planned(new GreedyScanPlanner(PoolFixture.options(), HealthOptions.defaults())
                .plan(pool.request(), p -> { }));
        assertThat(plan.id()).startsWith("greedy-");
        assertThat(plan.moves()).anySatisfy(m -> assertThat(m.vm()).isIn("a", "b"));
    }
}
