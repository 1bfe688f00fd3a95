package dev.harmony.engine.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.health.HealthOptions;
import dev.harmony.engine.planner.HarmonyPlanner;
import dev.harmony.engine.planner.PlannerOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Replays on a hand-built pool: three VMs whose demand jumps at the start of day 3 overload one host
 * (18 GHz of 16), while a second host idles. Each policy sees only the past when it acts.
 */
class ReplayRunnerTest {
    private static ReplayInput pool() {
        // Busy every afternoon from day 1 on, so the forecasts see it coming on day 3.
        return TwoHostPool.build(t -> (t % TwoHostPool.DAY) >= 12 * 12 && (t % TwoHostPool.DAY) < 18 * 12);
    }

    private static PolicyResult run(ReplayPolicy policy) {
        return new ReplayRunner(ReplayOptions.defaults()).run(pool(), policy, line -> { });
    }

    @Test
    void withoutAPolicyTheOverloadedHostCostsContentionEveryAfternoon() {
        PolicyResult none = run(ReplayPolicy.none());
        // Three VMs on h1 for the 6 busy hours: 18 GHz of 16.
        assertThat(none.contentionVmHours()).isEqualTo(18.0);
        assertThat(none.migrations()).isZero();
        assertThat(none.coincidentPeaks()).isEqualTo(1);
    }

    @Test
    void harmonyMovesAVmBeforeTheAfternoonPeakFromTheForecast() {
        PolicyResult harmony = run(ReplayPolicy.planning(new HarmonyPlanner(
                PlannerOptions.defaults().withLimits(Duration.ofSeconds(5), 1_000), HealthOptions.defaults())));
        assertThat(harmony.contentionVmHours()).isZero();
        assertThat(harmony.migrations()).isBetween(1, 2);
        assertThat(harmony.plans()).isEqualTo(4);
        assertThat(harmony.meanHealth()).isGreaterThan(run(ReplayPolicy.none()).meanHealth());
    }

    @Test
    void theReactiveBalancerMovesOnlyOnceTheHostIsAlreadyHot() {
        PolicyResult reactive = run(ReplayPolicy.reactiveBalancer());
        assertThat(reactive.migrations()).isPositive();
        assertThat(reactive.contentionVmHours()).isPositive().isLessThan(18.0);
    }
}
