package dev.harmony.app.cli;

import dev.harmony.connectors.lab.dataset.LabDataset;
import dev.harmony.connectors.lab.dataset.LabVm;
import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.bench.TraceResampler;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import dev.harmony.engine.model.Vm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The real trace the benchmarks resample: every VM of a bundled lab with its demand on the lab's grid. */
final class BenchTraceLoader {
    private BenchTraceLoader() {
    }

    static TraceResampler load(LabDataset dataset) {
        List<VmDemand> demands = new ArrayList<>();
        for (LabVm labVm : dataset.vms()) {
            List<TimeSeries> series = new ArrayList<>();
            for (Resource r : Resource.values()) {
                for (Metric m : r.metrics()) {
                    Optional<TimeSeries> s = dataset.series(labVm.id(), m);
                    s.ifPresent(series::add);
                }
            }
            if (series.isEmpty()) {
                continue;
            }
            Vm vm = new Vm(labVm.id(), labVm.id(), labVm.vcpus(), labVm.cpuCapacityMhz(), Math.max(1, labVm.memoryMib()), "", "",
                    Set.of(), "");
            demands.add(VmDemand.from(vm, series));
        }
        if (demands.isEmpty()) {
            throw new UserError("lab " + dataset.name() + " has no VM with demand to resample");
        }
        return new TraceResampler(demands);
    }
}
