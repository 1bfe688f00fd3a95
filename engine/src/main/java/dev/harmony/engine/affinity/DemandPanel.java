package dev.harmony.engine.affinity;

import dev.harmony.engine.model.Vm;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The demand of many VMs cut to one window on one grid, with each VM's statistics computed once, so
 * that scoring many pairs touches only float arrays. Immutable. Memory: 16 bytes per VM and interval
 * (10,000 VMs over a day of 5-minute intervals take 46 MB; over a week, 322 MB).
 */
public final class DemandPanel {
    private final Window window;
    private final Duration step;
    private final int intervals;
    private final List<Vm> vms;
    private final Map<String, Integer> indexById;
    /**
     * values[resource][vm][from[vm] + interval], NaN where not measured: the VM's own recorded series when the window
     * lies within it (shared, never written: a replay keeps hundreds of day-long panels of one month), else a copy
     * padded with NaN and {@code from[vm]} 0.
     */
    final float[][][] values;
    /** Where each VM's window starts in its row of {@link #values}. */
    final int[] from;
    final DemandStats[][] stats;

    private DemandPanel(Window window, Duration step, List<VmDemand> demands) {
        this.window = window;
        this.step = step;
        long lengthNanos = window.length().toNanos();
        this.intervals = (int) ((lengthNanos + step.toNanos() - 1) / step.toNanos());
        this.vms = new ArrayList<>(demands.size());
        this.indexById = new HashMap<>();
        int resources = Resource.values().length;
        this.values = new float[resources][demands.size()][];
        this.from = new int[demands.size()];
        this.stats = new DemandStats[resources][demands.size()];
        float[] scratch = new float[intervals];
        for (int i = 0; i < demands.size(); i++) {
            VmDemand d = demands.get(i);
            if (indexById.put(d.vmId(), i) != null) {
                throw new IllegalArgumentException("VM " + d.vmId() + " appears twice");
            }
            vms.add(d.vm());
            int offset = offset(d);
            boolean inside = offset >= 0 && offset + intervals <= d.size();
            from[i] = inside ? offset : 0;
            for (Resource r : Resource.values()) {
                float[] row = inside ? d.raw(r) : cut(d.raw(r), offset);
                values[r.ordinal()][i] = row;
                stats[r.ordinal()][i] = statsOf(row, from[i], intervals, scratch);
            }
        }
    }

    /**
     * The demands over a window. All must share one step, and the window must start on each VM's grid;
     * intervals outside a VM's data are missing.
     */
    public static DemandPanel of(List<VmDemand> demands, Window window) {
        Objects.requireNonNull(window, "window");
        if (demands.isEmpty()) {
            throw new IllegalArgumentException("a panel needs at least one VM");
        }
        Duration step = demands.get(0).step();
        for (VmDemand d : demands) {
            if (!d.step().equals(step)) {
                throw new IllegalArgumentException("VM " + d.vmId() + " has step " + d.step() + ", others " + step);
            }
        }
        return new DemandPanel(window, step, demands);
    }

    public Window window() {
        return window;
    }

    public Duration step() {
        return step;
    }

    /** Intervals in the window. */
    public int intervals() {
        return intervals;
    }

    /** Number of VMs. */
    public int size() {
        return vms.size();
    }

    public Vm vm(int index) {
        return vms.get(index);
    }

    public String vmId(int index) {
        return vms.get(index).id();
    }

    /** The row of a VM, or -1 when it is not in the panel. */
    public int indexOf(String vmId) {
        return indexById.getOrDefault(vmId, -1);
    }

    public DemandStats stats(int vm, Resource resource) {
        return stats[resource.ordinal()][vm];
    }

    /** A copy of one VM's demand over the window. */
    public float[] values(int vm, Resource resource) {
        return Arrays.copyOfRange(values[resource.ordinal()][vm], from[vm], from[vm] + intervals);
    }

    /** Start of interval {@code t} of the window. */
    public Instant intervalStart(int t) {
        return window.start().plus(step.multipliedBy(t));
    }

    private int offset(VmDemand d) {
        long nanos = Duration.between(d.start(), window.start()).toNanos();
        if (nanos % step.toNanos() != 0) {
            throw new IllegalArgumentException("window start " + window.start() + " is not on the grid of "
                    + d.vmId() + " (start " + d.start() + ", step " + step + ")");
        }
        return Math.toIntExact(nanos / step.toNanos());
    }

    private float[] cut(float[] series, int offset) {
        float[] out = new float[intervals];
        Arrays.fill(out, Float.NaN);
        int from = Math.max(0, -offset);
        int to = Math.min(intervals, series.length - offset);
        if (from < to) {
            System.arraycopy(series, offset + from, out, from, to - from);
        }
        return out;
    }

    private static DemandStats statsOf(float[] v, int start, int length, float[] scratch) {
        int n = 0;
        double sum = 0;
        for (int t = start; t < start + length; t++) {
            float x = v[t];
            if (!Float.isNaN(x)) {
                scratch[n++] = x;
                sum += x;
            }
        }
        if (n == 0) {
            return new DemandStats(0, 0, 0, 0, 0, 0);
        }
        double mean = sum / n;
        double squares = 0;
        float max = 0;
        for (int t = 0; t < n; t++) {
            squares += (scratch[t] - mean) * (scratch[t] - mean);
            max = Math.max(max, scratch[t]);
        }
        Arrays.sort(scratch, 0, n);
        return new DemandStats(n, mean, scratch[Ranks.rank(0.5, n)], scratch[Ranks.rank(0.95, n)], max,
                Math.sqrt(squares / n));
    }
}
