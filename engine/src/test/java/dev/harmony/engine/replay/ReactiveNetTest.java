package dev.harmony.engine.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.health.HealthOptions;
import dev.harmony.engine.planner.HarmonyPlanner;
import dev.harmony.engine.planner.MigrationPlanner;
import dev.harmony.engine.planner.PlannerOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The reactive balancer as a planner's safety net: three VMs on one host burst on the replayed day only
 * (13:00-18:00, 18 GHz on a 16 GHz host), which no plan made from the past foresees. The heat trigger is off here,
 * so only the net can act between the 12:00 and 18:00 plans.
 */
class ReactiveNetTest {
    private static ReplayInput pool() {
        return TwoHostPool.build(t -> t >= 2 * TwoHostPool.DAY + 13 * 12 && t < 2 * TwoHostPool.DAY + 18 * 12);
    }

    private static MigrationPlanner harmony() {
        return new HarmonyPlanner(PlannerOptions.defaults().withLimits(Duration.ofSeconds(5), 1_000), HealthOptions.defaults());
    }

    private static PolicyResult run(ReplayPolicy policy) {
        return new ReplayRunner(ReplayOptions.defaults()).run(pool(), policy, line -> { });
    }

    @Test
    void withoutTheNetTheBurstRunsItsCourse() {
        PolicyResult alone = run(ReplayPolicy.planning(harmony()));

        assertThat(alone.contentionVmHours()).isEqualTo(15.0);
    }

    @Test
    void theNetMovesAVmOffTheHotHostAndTheContentionEndsAsUnderTheReactivePolicy() {
        PolicyResult net = run(ReplayPolicy.planning(harmony(), true));
        PolicyResult reactive = run(ReplayPolicy.reactiveBalancer());

        assertThat(net.policy()).isEqualTo("harmony");
        // The net's move off the hot host is the only one: the plans after it find nothing to mend.
        assertThat(net.migrations()).isEqualTo(reactive.migrations()).isEqualTo(1);
        assertThat(net.contentionVmHours()).isLessThan(15.0).isEqualTo(reactive.contentionVmHours());
        assertThat(net.plans()).isEqualTo(4);
    }

    @Test
    void aPlanningPolicyIsNamedByItsPlannerAndTheNetIsOffUnlessAskedFor() {
        assertThat(ReplayPolicy.planning(harmony()).reactive()).isFalse();
        assertThat(ReplayPolicy.planning(harmony(), true).reactive()).isTrue();
        assertThat(ReplayPolicy.planning(harmony(), true).planner()).isPresent();
    }
}
