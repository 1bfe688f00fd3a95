package dev.harmony.engine.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.health.HealthOptions;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.Move;
import org.junit.jupiter.api.Test;

/**
 * Under the risk gate a move must lower the pool's predicted capacity risk (points lost to headroom and
 * contention), not only add health: a move that only parts a low-affinity pair on a quiet pool is dropped, a move
 * off a host whose forecast breaches headroom stays.
 */
class RiskGateTest {
    private static MigrationPlan plan(PoolFixture pool, boolean gate) {
        PlanOutcome outcome = new HarmonyPlanner(PoolFixture.options().withRiskGate(gate), HealthOptions.defaults())
                .plan(pool.request(), p -> { });
        assertThat(outcome).isInstanceOf(PlanOutcome.Planned.class);
        return ((PlanOutcome.Planned) outcome).plan();
    }

    private static PoolFixture quietPoolWithABadPair() {
        return new PoolFixture().host("h1").host("h2")
                .vm("a", "h1", 3_000).vm("b", "h1", 3_000).vm("c", "h2", 3_000).vm("d", "h2", 3_000)
                .affinity("a", "b", -0.6);
    }

    @Test
    void withoutTheGateAnAffinityOnlyMoveIsPlanned() {
        assertThat(plan(quietPoolWithABadPair(), false).moves()).anySatisfy(m -> assertThat(m.vm()).isIn("a", "b"));
    }

    @Test
    void theGateDropsAMoveThatLowersNoCapacityRiskAndSaysWhy() {
        MigrationPlan plan = plan(quietPoolWithABadPair(), true);
        assertThat(plan.moves()).isEmpty();
        assertThat(plan.notes()).anySatisfy(n -> assertThat(n).startsWith("dropped: ")
                .contains("does not lower the pool's capacity risk"));
    }

    @Test
    void theGateKeepsAMoveOffAHostWhoseForecastBreachesHeadroom() {
        PoolFixture pool = new PoolFixture().host("h1").host("h2")
                .vm("a", "h1", 6_000).vm("b", "h1", 6_000).vm("c", "h1", 5_000).vm("d", "h2", 1_000);
        MigrationPlan plan = plan(pool, true);
        assertThat(plan.moves()).isNotEmpty().allSatisfy(m -> {
            assertThat(m.from()).isEqualTo("h1");
            assertThat(m.to()).isEqualTo("h2");
        });
        assertThat(plan.moves()).extracting(Move::predictedGain).allSatisfy(g -> assertThat(g).isPositive());
    }
}
