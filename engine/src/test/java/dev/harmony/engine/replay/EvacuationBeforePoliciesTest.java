package dev.harmony.engine.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.health.HealthOptions;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Vm;
import dev.harmony.engine.planner.HarmonyPlanner;
import dev.harmony.engine.planner.PlannerOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A replay starts with a host in maintenance that still runs six VMs: the simulator evacuates it, the same way for
 * every policy, before any policy acts. Two migrations may run per host at once, so the evacuation takes several
 * five-minute steps; it used to run one step at a time, and the simulator dropped every migration still unfinished
 * at the start of the step after a run's end, so each was cut and started again.
 */
class EvacuationBeforePoliciesTest {
    private static ReplayInput pool() {
        return pool(131_072);
    }

    /** Six VMs on h3 (in maintenance), one each on h1 and h2, which have {@code memoryMib} each. */
    private static ReplayInput pool(long memoryMib) {
        List<Host> hosts = List.of(
                new Host("h1", "h1", "p", 16, 32_000, memoryMib, 10_000, "z", Set.of(), false),
                new Host("h2", "h2", "p", 16, 32_000, memoryMib, 10_000, "z", Set.of(), false),
                new Host("h3", "h3", "p", 16, 32_000, 131_072, 10_000, "z", Set.of(), true));
        Map<Vm, String> placement = new LinkedHashMap<>();
        for (int i = 0; i < 8; i++) {
            placement.put(new Vm("v" + i, "v" + i, 2, 4_000, 8192, "", "", Set.of(), ""), i < 6 ? "h3" : "h" + (i - 5));
        }
        return TwoHostPool.thirdDay(hosts, placement, (vm, t) -> 1_000, 4_000_000);
    }

    @Test
    void theHostInMaintenanceIsEmptyBeforeThePlannerFirstPlans() {
        List<String> log = new ArrayList<>();
        PolicyResult harmony = new ReplayRunner(ReplayOptions.defaults()).run(pool(), ReplayPolicy.planning(new HarmonyPlanner(
                PlannerOptions.defaults().withLimits(Duration.ofSeconds(5), 200), HealthOptions.defaults())), log::add);
        // Six VMs, two at a time (a host sends at most two at once; the simulator starts migrations at a step's start):
        // three steps, the last two migrations ending within the third.
        assertThat(log).first().asString().isEqualTo("harmony at 2013-07-03T00:15:00Z: the evacuation of h3 ended after 3 five-minute steps");
        assertThat(harmony.migrations()).isEqualTo(6);
        assertThat(log).noneMatch(line -> line.contains("h3→"));
        assertThat(harmony.blockedPlans()).isZero();
    }

    @Test
    void vmsThatNoHostHasRoomForDoNotStretchTheEvacuationToItsCap() {
        // h1 and h2 have memory for one more VM each (20 GiB, filled to a share of it): two of the six leave h3, four stay.
        List<String> log = new ArrayList<>();
        PolicyResult none = new ReplayRunner(ReplayOptions.defaults()).run(
                pool(20_480), ReplayPolicy.none(), log::add);
        // The two migrations that can run end within the first step; the evacuation ends there, as in the full run,
        // not after 48 steps of waiting for VMs that cannot leave.
        assertThat(log).first().asString().isEqualTo("none at 2013-07-03T00:05:00Z: the evacuation ended after 1 five-minute steps"
                + " with 4 VMs left on h3 (4: no host in service has room for it)");
        assertThat(none.migrations()).isEqualTo(2);
    }

    @Test
    void everyPolicyGetsTheSameEvacuation() {
        PolicyResult none = new ReplayRunner(ReplayOptions.defaults()).run(pool(), ReplayPolicy.none(), line -> { });
        PolicyResult reactive = new ReplayRunner(ReplayOptions.defaults()).run(pool(), ReplayPolicy.reactiveBalancer(), line -> { });
        assertThat(none.migrations()).isEqualTo(6);
        assertThat(reactive.migrations()).isEqualTo(6);
    }
}
