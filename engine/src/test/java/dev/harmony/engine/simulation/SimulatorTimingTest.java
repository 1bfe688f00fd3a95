package dev.harmony.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.forecast.ForecastFigures;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Vm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The benchmark: a 30-day replay of 500 VMs on 20 hosts with a few hundred migrations. Logged, not asserted. */
class SimulatorTimingTest {
    private static final int STEPS = 30 * 288;

    @Test
    void thirtyDayReplayOfFiveHundredVmsRunsInSeconds() {
        SplittableRandom random = new SplittableRandom(42);
        List<Host> hosts = new ArrayList<>();
        for (int h = 0; h < 20; h++) {
            hosts.add(new Host("h" + h, "h" + h, "pool", 48, 124_800, 786_432, 25_000, "az-" + (h % 3 + 1), Set.of(), false));
        }
        float[][] shapes = new float[12][STEPS];
        for (int s = 0; s < shapes.length; s++) {
            double phase = random.nextDouble() * 24;
            for (int t = 0; t < STEPS; t++) {
                double hour = (t % 288) / 12.0;
                shapes[s][t] = (float) Math.max(0, 1 + 0.8 * Math.cos(2 * Math.PI * (hour - phase) / 24) + 0.3 * random.nextDouble());
            }
        }
        List<VmDemand> demands = new ArrayList<>();
        Map<String, String> placement = new HashMap<>();
        for (int v = 0; v < 500; v++) {
            String id = "vm-" + v;
            long memory = 4096L << random.nextInt(4);
            Vm vm = new Vm(id, id, 4, 10_400, memory, "", "", Set.of(), "");
            float[][] d = new float[Resource.values().length][STEPS];
            float[] shape = shapes[v % shapes.length];
            float cpu = 500 + random.nextInt(4000);
            for (int t = 0; t < STEPS; t++) {
                d[Resource.CPU.ordinal()][t] = cpu * shape[t];
                d[Resource.MEMORY.ordinal()][t] = memory * 1024 * 0.6f;
                d[Resource.DISK.ordinal()][t] = 500 * shape[t];
                d[Resource.NETWORK.ordinal()][t] = 300 * shape[t];
            }
            demands.add(new VmDemand(vm, SimulationFixtures.START, SimulationFixtures.STEP, d));
            placement.put(id, "h" + (v % 20));
        }
        List<PlannedMigration> planned = new ArrayList<>();
        for (int m = 0; m < 300; m++) {
            planned.add(new PlannedMigration("vm-" + random.nextInt(500), "h" + random.nextInt(20),
                    SimulationFixtures.at(random.nextInt(STEPS))));
        }
        List<Vm> vms = demands.stream().map(VmDemand::vm).toList();
        SimulationOptions options = SimulationOptions.defaults();
        SimulationDemand demand = SimulationDemand.replay(demands, SimulationFixtures.START, STEPS);
        SimulationInput input = new SimulationInput(hosts, vms, new Placement(placement), demand, planned, List.of(), List.of(), options);

        long t0 = System.nanoTime();
        SimulationResult result = StepSimulator.standard(options).run(input);
        double seconds = (System.nanoTime() - t0) / 1e9;

        ForecastFigures.log().info("simulation: 500 VMs on 20 hosts, 30 days of 5-min steps, {} planned + {} reactive migrations "
                        + "({} done, {} skipped), {} health windows, {} contention events: {} s",
                planned.size(), result.summary().migrationsReactive(), result.summary().migrationsDone(),
                result.summary().migrationsSkipped(), result.health().size(), result.contention().size(),
                String.format("%.2f", seconds));
        assertThat(result.health()).hasSize(30);
        assertThat(result.summary().migrationsDone()).isGreaterThan(100);
        assertThat(result.intervals()).isEqualTo(STEPS);
        assertThat(Duration.ofNanos((long) (seconds * 1e9))).isLessThan(Duration.ofMinutes(2));
    }
}
