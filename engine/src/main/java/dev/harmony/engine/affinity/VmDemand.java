package dev.harmony.engine.affinity;

import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import dev.harmony.engine.model.Vm;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One VM's demand per {@link Resource} on a regular grid: value {@code t} covers
 * {@code [start + t·step, start + (t+1)·step)}; NaN marks an interval with nothing measured.
 * Infinite values count as missing; negative values are rejected.
 *
 * @param vm     the VM as provisioned (its id, size, guest OS and template)
 * @param start  start of the first interval
 * @param step   interval length
 * @param demand one array per resource, indexed by {@link Resource#ordinal()}, all the same length
 */
public record VmDemand(Vm vm, Instant start, Duration step, float[][] demand) {
    public VmDemand {
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(start, "start");
        if (step == null || step.isZero() || step.isNegative()) {
            throw new IllegalArgumentException("step must be positive, was " + step);
        }
        if (demand == null || demand.length != Resource.values().length) {
            throw new IllegalArgumentException("demand of " + vm.id() + " needs one array per resource");
        }
        float[][] copy = new float[demand.length][];
        for (int r = 0; r < demand.length; r++) {
            copy[r] = sanitized(vm.id(), Resource.values()[r], demand[r]);
            if (copy[r].length != copy[0].length) {
                throw new IllegalArgumentException("demand arrays of " + vm.id() + " differ in length");
            }
        }
        demand = copy;
    }

    /**
     * The demand of a VM from its stored series, which must share start and step. A resource whose
     * metrics are all absent is missing throughout; a resource sums the metrics it has.
     */
    public static VmDemand from(Vm vm, Collection<TimeSeries> series) {
        Map<Metric, TimeSeries> byMetric = new EnumMap<>(Metric.class);
        Instant start = null;
        Duration step = null;
        int length = 0;
        for (TimeSeries s : series) {
            if (!s.vmId().equals(vm.id())) {
                throw new IllegalArgumentException("series of " + s.vmId() + " given for VM " + vm.id());
            }
            if (start != null && (!start.equals(s.start()) || !step.equals(s.step()))) {
                throw new IllegalArgumentException("series of " + vm.id() + " must share start and step");
            }
            start = s.start();
            step = s.step();
            length = Math.max(length, s.size());
            byMetric.put(s.metric(), s);
        }
        if (start == null) {
            throw new IllegalArgumentException("no series for VM " + vm.id());
        }
        float[][] demand = new float[Resource.values().length][];
        for (Resource r : Resource.values()) {
            demand[r.ordinal()] = summed(r, byMetric, length);
        }
        return new VmDemand(vm, start, step, demand);
    }

    public String vmId() {
        return vm.id();
    }

    /** Number of intervals. */
    public int size() {
        return demand[0].length;
    }

    /** A copy of one resource's demand. */
    public float[] values(Resource resource) {
        return demand[resource.ordinal()].clone();
    }

    /** A deep copy; the record never hands out its own arrays. */
    @Override
    public float[][] demand() {
        float[][] copy = new float[demand.length][];
        for (int r = 0; r < demand.length; r++) {
            copy[r] = demand[r].clone();
        }
        return copy;
    }

    /** The record's own array, for the scorers in this package, which only read it. */
    float[] raw(Resource resource) {
        return demand[resource.ordinal()];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VmDemand d && vm.equals(d.vm) && start.equals(d.start) && step.equals(d.step)
                && Arrays.deepEquals(demand, d.demand);
    }

    @Override
    public int hashCode() {
        return Objects.hash(vm, start, step, Arrays.deepHashCode(demand));
    }

    @Override
    public String toString() {
        return "VmDemand[" + vm.id() + " from " + start + " step " + step + " n=" + size() + "]";
    }

    private static float[] sanitized(String vmId, Resource resource, float[] values) {
        float[] out = Objects.requireNonNull(values, "demand of " + vmId).clone();
        for (int t = 0; t < out.length; t++) {
            if (Float.isInfinite(out[t])) {
                out[t] = Float.NaN;
            } else if (out[t] < 0) {
                throw new IllegalArgumentException(vmId + " " + resource + " demand is negative at interval " + t + ": " + out[t]);
            }
        }
        return out;
    }

    private static float[] summed(Resource r, Map<Metric, TimeSeries> byMetric, int length) {
        float[] sum = new float[length];
        boolean any = false;
        for (Metric m : r.metrics()) {
            TimeSeries s = byMetric.get(m);
            if (s == null) {
                continue;
            }
            any = true;
            for (int t = 0; t < length; t++) {
                sum[t] += t < s.size() ? s.valueAt(t) : Float.NaN;
            }
        }
        if (!any) {
            Arrays.fill(sum, Float.NaN);
        }
        return sum;
    }
}
