package dev.harmony.engine.simulation;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.forecast.VmForecast;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Per-VM demand on the simulation grid, per resource: the expected value and the P95 (the same array for
 * a replayed trace). No value is missing: a trace's gaps hold the VM's median over the horizon, an unknown
 * forecast 0. Immutable; the derived copies share every array they do not change.
 */
public final class SimulationDemand {
    private final Instant start;
    private final Duration step;
    private final int intervals;
    private final Map<String, float[][]> expected;
    private final Map<String, float[][]> p95;
    private final boolean spread;

    private SimulationDemand(Instant start, Duration step, int intervals, Map<String, float[][]> expected,
                             Map<String, float[][]> p95) {
        this.start = start;
        this.step = step;
        this.intervals = intervals;
        this.spread = expected != p95;
        this.expected = Collections.unmodifiableMap(expected);
        this.p95 = spread ? Collections.unmodifiableMap(p95) : this.expected;
    }

    /** The trace itself over {@code intervals} steps from {@code start}, which must lie on every VM's grid. */
    public static SimulationDemand replay(Collection<VmDemand> demands, Instant start, int intervals) {
        Map<String, float[][]> values = new LinkedHashMap<>();
        Duration step = null;
        for (VmDemand d : demands) {
            step = step == null ? d.step() : step;
            if (!d.step().equals(step)) {
                throw new IllegalArgumentException("VM " + d.vmId() + " has step " + d.step() + ", others " + step);
            }
            long offset = Duration.between(d.start(), start).getSeconds();
            if (offset % step.getSeconds() != 0) {
                throw new IllegalArgumentException("start " + start + " is not on the grid of " + d.vmId());
            }
            int from = (int) (offset / step.getSeconds());
            float[][] series = new float[Resource.values().length][];
            for (Resource r : Resource.values()) {
                series[r.ordinal()] = filled(d.values(r), from, intervals);
            }
            values.put(d.vmId(), series);
        }
        if (step == null) {
            throw new IllegalArgumentException("a simulation needs the demand of at least one VM");
        }
        return new SimulationDemand(start, step, intervals, values, values);
    }

    /** The forecasts' P50 as expected demand and their P95 as peak; all must cover the same intervals. */
    public static SimulationDemand forecast(Collection<VmForecast> forecasts) {
        Map<String, float[][]> expected = new LinkedHashMap<>();
        Map<String, float[][]> p95 = new LinkedHashMap<>();
        VmForecast first = forecasts.stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a simulation needs the demand of at least one VM"));
        for (VmForecast f : forecasts) {
            if (!f.start().equals(first.start()) || f.size() != first.size() || !f.step().equals(first.step())) {
                throw new IllegalArgumentException("forecast of " + f.vmId() + " does not cover the intervals of " + first.vmId());
            }
            float[][] e = new float[Resource.values().length][];
            float[][] p = new float[Resource.values().length][];
            for (Resource r : Resource.values()) {
                e[r.ordinal()] = zeroForNaN(f.of(r).p50());
                p[r.ordinal()] = zeroForNaN(f.of(r).p95());
            }
            expected.put(f.vmId(), e);
            p95.put(f.vmId(), p);
        }
        return new SimulationDemand(first.start(), first.step(), first.size(), expected, p95);
    }

    public Instant start() {
        return start;
    }

    public Duration step() {
        return step;
    }

    public int intervals() {
        return intervals;
    }

    public Instant end() {
        return start.plus(step.multipliedBy(intervals));
    }

    public Set<String> vmIds() {
        return expected.keySet();
    }

    public boolean has(String vmId) {
        return expected.containsKey(vmId);
    }

    /** Whether the P95 differs from the expected demand anywhere (a forecast); false for a replay. */
    public boolean hasSpread() {
        return spread;
    }

    public float expected(String vmId, Resource r, int t) {
        return expected.get(vmId)[r.ordinal()][t];
    }

    public float p95(String vmId, Resource r, int t) {
        return p95.get(vmId)[r.ordinal()][t];
    }

    /** A copy of one VM's expected demand for one resource over {@code [from, to)}. */
    public float[] expectedSlice(String vmId, Resource r, int from, int to) {
        return Arrays.copyOfRange(expected.get(vmId)[r.ordinal()], from, to);
    }

    /** The arrays themselves, for the simulator in this package, which only reads them. */
    float[][] expectedRaw(String vmId) {
        return expected.get(vmId);
    }

    float[][] p95Raw(String vmId) {
        return p95.get(vmId);
    }

    /** The demand of the chosen VMs multiplied by {@code factor} for the given resources; the rest unchanged. */
    public SimulationDemand scaled(Predicate<String> vms, Set<Resource> resources, double factor) {
        if (!(factor >= 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("scale factor must be finite and at least 0, was " + factor);
        }
        Map<String, float[][]> e = new LinkedHashMap<>(expected);
        Map<String, float[][]> p = hasSpread() ? new LinkedHashMap<>(p95) : e;
        for (String vm : expected.keySet()) {
            if (vms.test(vm)) {
                e.put(vm, scale(expected.get(vm), resources, factor));
                if (hasSpread()) {
                    p.put(vm, scale(p95.get(vm), resources, factor));
                }
            }
        }
        return new SimulationDemand(start, step, intervals, e, p);
    }

    /** This demand plus new VMs, each a copy of an existing VM's demand. */
    public SimulationDemand withCopies(Map<String, String> likeVmByNewVm) {
        Map<String, float[][]> e = new LinkedHashMap<>(expected);
        Map<String, float[][]> p = hasSpread() ? new LinkedHashMap<>(p95) : e;
        likeVmByNewVm.forEach((newVm, like) -> {
            if (e.containsKey(newVm) || !expected.containsKey(like)) {
                throw new IllegalArgumentException("cannot copy " + like + " as " + newVm);
            }
            e.put(newVm, expected.get(like));
            if (hasSpread()) {
                p.put(newVm, p95.get(like));
            }
        });
        return new SimulationDemand(start, step, intervals, e, p);
    }

    /** This demand plus new VMs with a constant demand per resource, e.g. a template's expected load. */
    public SimulationDemand withConstant(List<String> newVms, float[] perResource) {
        Map<String, float[][]> e = new LinkedHashMap<>(expected);
        Map<String, float[][]> p = hasSpread() ? new LinkedHashMap<>(p95) : e;
        float[][] series = new float[Resource.values().length][intervals];
        for (int r = 0; r < series.length; r++) {
            Arrays.fill(series[r], perResource[r]);
        }
        for (String vm : newVms) {
            if (e.put(vm, series) != null) {
                throw new IllegalArgumentException("VM " + vm + " already has demand");
            }
            if (hasSpread()) {
                p.put(vm, series);
            }
        }
        return new SimulationDemand(start, step, intervals, e, p);
    }

    private static float[][] scale(float[][] series, Set<Resource> resources, double factor) {
        float[][] out = series.clone();
        for (Resource r : resources) {
            float[] v = series[r.ordinal()].clone();
            for (int t = 0; t < v.length; t++) {
                v[t] *= (float) factor;
            }
            out[r.ordinal()] = v;
        }
        return out;
    }

    private static float[] filled(float[] all, int from, int n) {
        float[] out = new float[n];
        Arrays.fill(out, Float.NaN);
        int lo = Math.max(0, -from);
        int hi = Math.min(n, all.length - from);
        if (lo < hi) {
            System.arraycopy(all, from + lo, out, lo, hi - lo);
        }
        float[] present = new float[n];
        int m = 0;
        for (float v : out) {
            if (!Float.isNaN(v)) {
                present[m++] = v;
            }
        }
        if (m == n) {
            return out;
        }
        Arrays.sort(present, 0, m);
        float median = m == 0 ? 0 : present[m / 2];
        for (int t = 0; t < n; t++) {
            out[t] = Float.isNaN(out[t]) ? median : out[t];
        }
        return out;
    }

    private static float[] zeroForNaN(float[] v) {
        for (int t = 0; t < v.length; t++) {
            v[t] = Float.isNaN(v[t]) ? 0 : v[t];
        }
        return v;
    }

    @Override
    public String toString() {
        return "SimulationDemand[" + expected.size() + " VMs from " + start + " step " + step + " n=" + intervals + "]";
    }
}
