package dev.harmony.engine.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.health.HealthOptions;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Vm;
import dev.harmony.engine.planner.HarmonyPlanner;
import dev.harmony.engine.planner.PlannerOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Replays on a hand-built pool: three VMs whose demand jumps at the start of day 3 overload one host
 * (18 GHz of 16), while a second host idles. Each policy sees only the past when it acts.
 */
class ReplayRunnerTest {
    private static final Instant START = Instant.parse("2013-07-01T00:00:00Z");
    private static final Duration STEP = Duration.ofMinutes(5);
    private static final int DAY = 288;

    private static ReplayInput pool() {
        List<Host> hosts = List.of(
                new Host("h1", "h1", "p", 8, 16_000, 65_536, 10_000, "z", Set.of(), false),
                new Host("h2", "h2", "p", 8, 16_000, 65_536, 10_000, "z", Set.of(), false));
        List<Vm> vms = new ArrayList<>();
        List<VmDemand> demand = new ArrayList<>();
        Map<String, String> placement = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            Vm vm = new Vm("v" + i, "v" + i, 4, 8_000, 8192, "", "", Set.of(), "");
            vms.add(vm);
            placement.put(vm.id(), i < 3 ? "h1" : "h2");
            float[][] d = new float[Resource.values().length][3 * DAY];
            for (int t = 0; t < 3 * DAY; t++) {
                // Busy every afternoon from day 1 on, so the forecasts see it coming on day 3.
                boolean afternoon = (t % DAY) >= 12 * 12 && (t % DAY) < 18 * 12;
                d[Resource.CPU.ordinal()][t] = i < 3 && afternoon ? 6_000 : 500;
                d[Resource.MEMORY.ordinal()][t] = 2_000_000;
                d[Resource.DISK.ordinal()][t] = 100;
                d[Resource.NETWORK.ordinal()][t] = 100;
            }
            demand.add(new VmDemand(vm, START, STEP, d));
        }
        return new ReplayInput("lab:test", hosts, vms, new Placement(placement), List.of(), demand,
                START.plus(Duration.ofDays(2)), START.plus(Duration.ofDays(3)));
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
