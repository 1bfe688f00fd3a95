package dev.harmony.app.cli;

import dev.harmony.connectors.lab.catalog.LabCatalog;
import dev.harmony.connectors.lab.dataset.LabDataset;
import dev.harmony.connectors.lab.dataset.LabDatasetLoader;
import dev.harmony.engine.affinity.AffinityOptions;
import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.affinity.Window;
import dev.harmony.engine.forecast.ForecastBatch;
import dev.harmony.engine.forecast.SeasonalForecaster;
import dev.harmony.engine.forecast.SeasonalOptions;
import dev.harmony.engine.forecast.VmForecast;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.TimeSeries;
import dev.harmony.engine.model.Vm;
import dev.harmony.engine.planner.PlanningRequest;
import dev.harmony.engine.planner.RealizedAffinityScores;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A large pool resampled from the lab's real trace: VM {@code i} is real VM {@code i mod 120} with its whole
 * month shifted by {@code (i / 120) mod 7} days (wrapping round), so daily shapes stay real while copies do
 * not peak in lockstep; 96 hosts with memory for about 65 % and CPU for about 60 % of the VMs' summed P95
 * peaks, dealt out round-robin.
 * Forecasts are made once per real VM and shift and shared by the copies, which keeps 10,000 VMs in 1 GB.
 */
final class PlanBenchmarkPool {
    static final Duration STEP = Duration.ofMinutes(5);
    static final int SHIFTS = 7;

    private PlanBenchmarkPool() {
    }

    /** The request, and how long the forecasts (not part of planning) took, in seconds. */
    record Built(PlanningRequest request, double forecastSeconds, double affinitySetupSeconds) {
    }

    static Built build(int vmCount, int hostCount, int threads) {
        LabDataset dataset = new LabCatalog(new LabDatasetLoader()).dataset("bitbrains-rnd");
        List<Vm> real = new ArrayList<>();
        List<VmDemand> realDemand = new ArrayList<>();
        for (var labVm : dataset.vms()) {
            Vm vm = new Vm(labVm.id(), labVm.id(), Math.max(1, labVm.vcpus()), labVm.cpuCapacityMhz(),
                    Math.max(1, labVm.memoryMib()), "", "", Set.of(), "");
            List<TimeSeries> series = new ArrayList<>();
            for (Metric m : dataset.metrics()) {
                dataset.series(vm.id(), m).ifPresent(series::add);
            }
            real.add(vm);
            realDemand.add(VmDemand.from(vm, series));
        }
        Instant at = dataset.timeAt(dataset.indexOf(dataset.start().plus(Duration.ofDays(21))));
        long began = System.nanoTime();
        Map<String, VmForecast> forecastByKey = new HashMap<>();
        List<VmDemand> shifted = new ArrayList<>();
        for (int s = 0; s < SHIFTS; s++) {
            for (VmDemand d : realDemand) {
                shifted.add(shift(d, s, key(d.vmId(), s)));
            }
        }
        List<VmForecast> base = new ForecastBatch(new SeasonalForecaster(SeasonalOptions.defaults().withTrainingDays(14)),
                threads).forecast(shifted, at, Duration.ofHours(24));
        base.forEach(f -> forecastByKey.put(f.vmId(), f));
        double forecastSeconds = (System.nanoTime() - began) / 1e9;
        List<Vm> vms = new ArrayList<>();
        List<VmForecast> forecasts = new ArrayList<>();
        List<VmDemand> recent = new ArrayList<>();
        Map<String, VmDemand> shiftedByKey = new HashMap<>();
        shifted.forEach(d -> shiftedByKey.put(d.vmId(), d));
        for (int i = 0; i < vmCount; i++) {
            Vm like = real.get(i % real.size());
            int s = (i / real.size()) % SHIFTS;
            String id = String.format("vm-%05d", i);
            Vm vm = new Vm(id, id, like.vcpus(), like.cpuCapacityMhz(), like.memoryMib(), "", "", Set.of(), "");
            vms.add(vm);
            VmForecast f = forecastByKey.get(key(like.id(), s));
            forecasts.add(new VmForecast(id, f.start(), f.step(), f.byResource()));
            recent.add(lastDay(shiftedByKey.get(key(like.id(), s)), vm, at));
        }
        shifted.clear();
        shiftedByKey.clear();
        long memory = vms.stream().mapToLong(Vm::memoryMib).sum();
        long hostMemory = Math.max(65_536, (long) Math.ceil(memory / 0.65 / hostCount / 1024.0) * 1024);
        double[] cpuPeak = new double[vms.size()];
        double cpuTotal = 0;
        for (int i = 0; i < vms.size(); i++) {
            cpuPeak[i] = peak(forecasts.get(i));
            cpuTotal += cpuPeak[i];
        }
        // CPU for about 60 % of the VMs' summed P95 peaks, as a pool sized by a capacity planner would be.
        long hostCpu = Math.max(10_000, (long) (cpuTotal / 0.6 / hostCount));
        List<Host> hosts = new ArrayList<>();
        for (int h = 0; h < hostCount; h++) {
            hosts.add(new Host(String.format("host-%03d", h + 1), "h" + h, "pool", 64, hostCpu, hostMemory, 10_000,
                    "zone-" + (h % 3 + 1), Set.of(), false));
        }
        // Dealt out round-robin like an initial placement that knew only sizes: no host is planned around peaks.
        Map<String, String> placement = new HashMap<>();
        long[] used = new long[hostCount];
        for (int i = 0; i < vms.size(); i++) {
            int h = (i * 7) % hostCount;
            while (used[h] + vms.get(i).memoryMib() > 0.9 * hostMemory) {
                h = (h + 1) % hostCount;
            }
            used[h] += vms.get(i).memoryMib();
            placement.put(vms.get(i).id(), hosts.get(h).id());
        }
        long affinityStart = System.nanoTime();
        RealizedAffinityScores affinity = new RealizedAffinityScores(recent, new Window(at.minus(Duration.ofDays(1)), at),
                AffinityOptions.defaults(), threads);
        double affinitySetup = (System.nanoTime() - affinityStart) / 1e9;
        return new Built(new PlanningRequest("bench:bitbrains-rnd-x" + vmCount, at, hosts, vms, new Placement(placement),
                List.of(), forecasts, affinity, List.of(), List.of()), forecastSeconds, affinitySetup);
    }

    private static double peak(VmForecast f) {
        double peak = 0;
        for (int t = 0; t < f.size(); t++) {
            float v = f.of(Resource.CPU).p95At(t);
            peak = Float.isNaN(v) ? peak : Math.max(peak, v);
        }
        return peak;
    }

    private static String key(String vm, int shift) {
        return vm + "@" + shift;
    }

    private static VmDemand shift(VmDemand d, int days, String id) {
        int by = days * 288;
        float[][] out = new float[Resource.values().length][];
        for (Resource r : Resource.values()) {
            float[] v = d.values(r);
            float[] s = new float[v.length];
            for (int t = 0; t < v.length; t++) {
                s[t] = v[((t - by) % v.length + v.length) % v.length];
            }
            out[r.ordinal()] = s;
        }
        Vm vm = d.vm();
        return new VmDemand(new Vm(id, id, vm.vcpus(), vm.cpuCapacityMhz(), vm.memoryMib(), "", "", Set.of(), ""),
                d.start(), d.step(), out);
    }

    /** The day before {@code at} only, so that 10,000 VMs' recent demand takes 46 MB rather than a month's 1.4 GB. */
    private static VmDemand lastDay(VmDemand d, Vm vm, Instant at) {
        int end = (int) (Duration.between(d.start(), at).getSeconds() / d.step().getSeconds());
        int from = end - 288;
        float[][] out = new float[Resource.values().length][];
        for (Resource r : Resource.values()) {
            out[r.ordinal()] = java.util.Arrays.copyOfRange(d.values(r), from, end);
        }
        return new VmDemand(vm, at.minus(Duration.ofDays(1)), d.step(), out);
    }
}
