package dev.harmony.engine.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.health.HealthOptions;
import dev.harmony.engine.model.Strength;
import dev.harmony.engine.model.VmAffinityRule;
import dev.harmony.engine.model.VmHostRule;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.Move;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A placement that already breaks a must-rule is repaired even when the move brings no health, with a
 * minimum gain that would drop any other move: the rule's VMs are candidates whatever their affinity.
 */
class RuleRepairTest {
    private final HarmonyPlanner planner = new HarmonyPlanner(PoolFixture.options().withMinGain(5), HealthOptions.defaults());

    @Test
    void antiAffineVmsThatShareAHostAreMovedApart() {
        PoolFixture pool = new PoolFixture().host("h1").host("h2")
                .vm("a", "h1", 1_000).vm("b", "h1", 1_000).vm("c", "h2", 1_000)
                .rule(new VmAffinityRule("apart", Set.of("a", "b"), false, Strength.MUST));
        MigrationPlan plan = ((PlanOutcome.Planned) planner.plan(pool.request(), p -> { })).plan();
        assertThat(plan.moves()).hasSize(1);
        Move m = plan.moves().get(0);
        assertThat(m.vm()).isIn("a", "b");
        assertThat(m.to()).isEqualTo("h2");
    }

    @Test
    void vmOnAHostItsMustRuleForbidsIsMovedToAnAllowedHost() {
        PoolFixture pool = new PoolFixture().host("h1").host("h2").host("h3")
                .vm("a", "h1", 1_000).vm("b", "h2", 1_000)
                .rule(new VmHostRule("licensed", Set.of("a"), Set.of("h3"), true, Strength.MUST));
        MigrationPlan plan = ((PlanOutcome.Planned) planner.plan(pool.request(), p -> { })).plan();
        assertThat(plan.moves()).extracting(Move::vm, Move::to).containsExactly(org.assertj.core.groups.Tuple.tuple("a", "h3"));
    }
}
