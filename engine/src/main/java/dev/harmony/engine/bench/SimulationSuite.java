package dev.harmony.engine.bench;

import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Vm;
import dev.harmony.engine.simulation.PlannedMigration;
import dev.harmony.engine.simulation.SimulationDemand;
import dev.harmony.engine.simulation.SimulationInput;
import dev.harmony.engine.simulation.SimulationOptions;
import dev.harmony.engine.simulation.StepSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/** A 30-day replay through the step simulator: 500 resampled VMs on 20 hosts with 300 planned migrations. */
public final class SimulationSuite implements BenchSuite {
    private final TraceResampler trace;

    public SimulationSuite(TraceResampler trace) {
        this.trace = trace;
    }

    @Override
    public String name() {
        return "simulation";
    }

    @Override
    public String description() {
        return "30-day 5-minute replay, 500 VMs on 20 hosts, 300 planned migrations";
    }

    @Override
    public BenchTrial prepare(BenchSize size) {
        int vms = size.pick(40, 500);
        int hostCount = size.pick(3, 20);
        int days = size.pick(2, 30);
        int migrations = size.pick(10, 300);
        List<VmDemand> demands = trace.sample(vms, days, 20);
        List<Host> hosts = BenchPool.hosts(hostCount);
        Map<String, String> placement = new HashMap<>();
        for (int v = 0; v < vms; v++) {
            placement.put(demands.get(v).vmId(), hosts.get(v % hostCount).id());
        }
        Instant start = demands.get(0).start();
        int intervals = days * trace.intervalsPerDay();
        SplittableRandom random = new SplittableRandom(21);
        List<PlannedMigration> planned = new ArrayList<>();
        Duration step = trace.step();
        for (int m = 0; m < migrations; m++) {
            planned.add(new PlannedMigration(demands.get(random.nextInt(vms)).vmId(), hosts.get(random.nextInt(hostCount)).id(),
                    start.plus(step.multipliedBy(random.nextInt(intervals)))));
        }
        List<Vm> vmList = demands.stream().map(VmDemand::vm).toList();
        SimulationOptions options = SimulationOptions.defaults();
        SimulationInput input = new SimulationInput(hosts, vmList, new Placement(placement),
                SimulationDemand.replay(demands, start, intervals), planned, List.of(), List.of(), options);
        StepSimulator simulator = StepSimulator.standard(options);
        return new BenchTrial() {
            @Override
            public String workload() {
                return String.format(Locale.ROOT, "%,d VMs on %d hosts, %d days = %,d steps, %d planned migrations", vms,
                        hostCount, days, intervals, migrations);
            }

            @Override
            public long run() {
                return simulator.run(input).intervals();
            }

            @Override
            public String unit() {
                return "steps";
            }
        };
    }
}
