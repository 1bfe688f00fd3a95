package dev.harmony.engine.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.health.HealthOptions;
import dev.harmony.engine.model.ExcludedVms;
import dev.harmony.engine.model.Strength;
import dev.harmony.engine.model.VmAffinityRule;
import dev.harmony.engine.model.VmHostRule;
import dev.harmony.engine.model.ZoneRule;
import dev.harmony.engine.plan.MigrationPlan;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Bad input gets a plain explanation naming the rule, host or VM, and the rules hold in every plan. */
class PlannerRefusalsTest {
    private final HarmonyPlanner planner = new HarmonyPlanner(PoolFixture.options(), HealthOptions.defaults());

    private Blocker only(PlanOutcome outcome) {
        assertThat(outcome).isInstanceOf(PlanOutcome.Blocked.class);
        return ((PlanOutcome.Blocked) outcome).blockers().get(0);
    }

    @Test
    void planRefusesAnEmptyPool() {
        Blocker b = only(planner.plan(new PoolFixture().request(), p -> { }));
        assertThat(b.kind()).isEqualTo(Blocker.Kind.EMPTY_POOL);
        assertThat(b.message()).contains("no host");
    }

    @Test
    void planRefusesAVmLargerThanEveryHostNamingBoth() {
        PoolFixture pool = new PoolFixture().host("h1").host("h2").vm("big", "h1", 1_000, 200_000);
        Blocker b = only(planner.plan(pool.request(), p -> { }));
        assertThat(b.kind()).isEqualTo(Blocker.Kind.VM_TOO_LARGE);
        assertThat(b.subject()).isEqualTo("big");
        assertThat(b.message()).contains("big").contains("h1");
    }

    @Test
    void planRefusesMustRulesThatContradictEachOther() {
        PoolFixture pool = new PoolFixture().host("h1").host("h2").vm("a", "h1", 1_000).vm("b", "h1", 1_000)
                .rule(new VmAffinityRule("keep-together", Set.of("a", "b"), true, Strength.MUST))
                .rule(new VmAffinityRule("keep-apart", Set.of("a", "b"), false, Strength.MUST));
        Blocker b = only(planner.plan(pool.request(), p -> { }));
        assertThat(b.kind()).isEqualTo(Blocker.Kind.CONTRADICTORY_RULES);
        assertThat(b.message()).contains("keep-apart").contains("keep-together");
    }

    @Test
    void planRefusesAVmWhoseMustRulesAllowNoHost() {
        PoolFixture pool = new PoolFixture().host("h1").host("h2").vm("a", "h1", 1_000)
                .rule(new VmHostRule("on-h2", Set.of("a"), Set.of("h2"), true, Strength.MUST))
                .rule(new ZoneRule("zone-b-only", Set.of("a"), Set.of("zone-b")));
        Blocker b = only(planner.plan(pool.request(), p -> { }));
        assertThat(b.kind()).isEqualTo(Blocker.Kind.CONTRADICTORY_RULES);
        assertThat(b.message()).contains("on-h2").contains("zone-b-only");
    }

    @Test
    void planRefusesWhenTheVmsNeedMoreMemoryThanTheOpenHostsHold() {
        PoolFixture pool = new PoolFixture().host("h1").host("h2", 20_000, 65_536, "zone-a", Set.of(), true)
                .vm("a", "h1", 1_000, 40_000).vm("b", "h2", 1_000, 40_000);
        Blocker b = only(planner.plan(pool.request(), p -> { }));
        assertThat(b.kind()).isEqualTo(Blocker.Kind.NO_FEASIBLE_PLACEMENT);
        assertThat(b.message()).contains("80,000 MiB");
    }

    @Test
    void planEvacuatesAHostInMaintenance() {
        PoolFixture pool = new PoolFixture().host("h1").host("h2", 20_000, 65_536, "zone-a", Set.of(), true)
                .vm("a", "h1", 1_000).vm("b", "h2", 1_000);
        MigrationPlan plan = ((PlanOutcome.Planned) planner.plan(pool.request(), p -> { })).plan();
        assertThat(plan.moves()).singleElement().satisfies(m -> {
            assertThat(m.vm()).isEqualTo("b");
            assertThat(m.to()).isEqualTo("h1");
            assertThat(m.reason()).contains("h2 is in maintenance");
        });
    }

    @Test
    void planNeverMovesAnExcludedVm() {
        PoolFixture pool = new PoolFixture().host("h1").host("h2")
                .vm("a", "h1", 8_000).vm("b", "h1", 8_000).vm("c", "h2", 1_000)
                .rule(new ExcludedVms("frozen", Set.of("a", "b"), "change freeze"));
        MigrationPlan plan = ((PlanOutcome.Planned) planner.plan(pool.request(), p -> { })).plan();
        assertThat(plan.moves()).noneSatisfy(m -> assertThat(m.vm()).isIn("a", "b"));
    }

    @Test
    void planSkipsAVmMovedWithinTheHysteresisTime() {
        PoolFixture pool = new PoolFixture().host("h1").host("h2")
                .vm("a", "h1", 9_000).vm("b", "h1", 9_000).vm("c", "h2", 1_000)
                .moved("a", "h2", "h1", Duration.ofHours(2)).moved("b", "h2", "h1", Duration.ofHours(3));
        MigrationPlan plan = ((PlanOutcome.Planned) planner.plan(pool.request(), p -> { })).plan();
        assertThat(plan.moves()).isEmpty();
    }

    @Test
    void planDoesNotSendAVmBackToTheHostItLeftRecently() {
        PoolFixture pool = new PoolFixture().host("h1").host("h2").host("h3")
                .vm("a", "h1", 9_000).vm("b", "h1", 9_000).vm("c", "h3", 8_000)
                .moved("a", "h2", "h1", Duration.ofHours(30)).moved("b", "h2", "h1", Duration.ofHours(30));
        MigrationPlan plan = ((PlanOutcome.Planned) planner.plan(pool.request(), p -> { })).plan();
        assertThat(plan.moves()).noneSatisfy(m -> assertThat(m.to()).isEqualTo("h2"));
    }

    @Test
    void planKeepsMustAntiAffinityPartnersApart() {
        PoolFixture pool = new PoolFixture().host("h1").host("h2").host("h3")
                .vm("a", "h1", 9_000).vm("b", "h1", 9_000).vm("c", "h2", 1_000).vm("d", "h3", 6_000)
                .rule(new VmAffinityRule("apart", Set.of("a", "c"), false, Strength.MUST));
        MigrationPlan plan = ((PlanOutcome.Planned) planner.plan(pool.request(), p -> { })).plan();
        assertThat(plan.moves()).noneSatisfy(m -> {
            assertThat(m.vm()).isEqualTo("a");
            assertThat(m.to()).isEqualTo("h2");
        });
    }
}
