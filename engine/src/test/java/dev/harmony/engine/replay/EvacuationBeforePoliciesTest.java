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
        List<Host> hosts = List.of(
                new Host("h1", "h1", "p", 16, 32_000, 131_072, 10_000, "z", Set.of(), false),
                new Host("h2", "h2", "p", 16, 32_000, 131_072, 10_000, "z", Set.of(), false),
                new Host("h3", "h3", "p", 16, 32_000, 131_072, 10_000, "z", Set.of(), true));
        List<Vm> vms = new ArrayList<>();
        List<VmDemand> demand = new ArrayList<>();
        Map<String, String> placement = new LinkedHashMap<>();
        for (int i = 0; i < 8; i++) {
            Vm vm = new Vm("v" + i, "v" + i, 2, 4_000, 8192, "", "", Set.of(), "");
            vms.add(vm);
            placement.put(vm.id(), i < 6 ? "h3" : "h" + (i - 5));
            float[][] d = new float[Resource.values().length][3 * TwoHostPool.DAY];
            for (int t = 0; t < d[0].length; t++) {
                d[Resource.CPU.ordinal()][t] = 1_000;
                d[Resource.MEMORY.ordinal()][t] = 4_000_000;
                d[Resource.DISK.ordinal()][t] = 100;
                d[Resource.NETWORK.ordinal()][t] = 100;
            }
            demand.add(new VmDemand(vm, TwoHostPool.START, TwoHostPool.STEP, d));
        }
        return new ReplayInput("lab:test", hosts, vms, new Placement(placement), List.of(), demand,
                TwoHostPool.START.plus(Duration.ofDays(2)), TwoHostPool.START.plus(Duration.ofDays(3)));
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
    void everyPolicyGetsTheSameEvacuation() {
        PolicyResult none = new ReplayRunner(ReplayOptions.defaults()).run(pool(), ReplayPolicy.none(), line -> { });
        PolicyResult reactive = new ReplayRunner(ReplayOptions.defaults()).run(pool(), ReplayPolicy.reactiveBalancer(), line -> { });
        assertThat(none.migrations()).isEqualTo(6);
        assertThat(reactive.migrations()).isEqualTo(6);
    }
}
