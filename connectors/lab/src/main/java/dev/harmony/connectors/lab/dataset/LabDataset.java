package dev.harmony.connectors.lab.dataset;

import dev.harmony.connectors.lab.trace.ParseReport;
import dev.harmony.connectors.lab.trace.TraceFormat;
import dev.harmony.connectors.lab.trace.VmTrace;
import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A trace held in memory: each VM's size and its series, all aligned on one UTC grid from the first
 * to the last interval of any VM (NaN where a VM has nothing), and the report of how it was parsed.
 * Immutable and safe to share between threads.
 */
public final class LabDataset {
    private final String name;
    private final TraceFormat format;
    private final String origin;
    private final Instant start;
    private final Duration step;
    private final int intervals;
    private final Map<String, LabVm> vms;
    private final Map<String, EnumMap<Metric, float[]>> values;
    private final Set<Metric> metrics;
    private final ParseReport report;

    private LabDataset(String name, TraceFormat format, String origin, Instant start, Duration step, int intervals,
            Map<String, LabVm> vms, Map<String, EnumMap<Metric, float[]>> values, Set<Metric> metrics, ParseReport report) {
        this.name = name;
        this.format = format;
        this.origin = origin;
        this.start = start;
        this.step = step;
        this.intervals = intervals;
        this.vms = vms;
        this.values = values;
        this.metrics = metrics;
        this.report = report;
    }

    /** Aligns parsed VMs onto one grid; VMs keep the given order. */
    public static LabDataset of(String name, TraceFormat format, String origin, List<VmTrace> traces, ParseReport report) {
        if (traces.isEmpty()) {
            throw new IllegalArgumentException("dataset " + name + " has no VM");
        }
        Duration step = traces.get(0).series().values().iterator().next().step();
        Instant start = Instant.MAX;
        Instant end = Instant.MIN;
        EnumSet<Metric> metrics = EnumSet.noneOf(Metric.class);
        for (VmTrace t : traces) {
            for (TimeSeries s : t.series().values()) {
                start = s.start().isBefore(start) ? s.start() : start;
                end = s.end().isAfter(end) ? s.end() : end;
                metrics.add(s.metric());
            }
        }
        int n = Math.toIntExact(Duration.between(start, end).dividedBy(step));
        Map<String, LabVm> vms = new LinkedHashMap<>();
        Map<String, EnumMap<Metric, float[]>> values = new LinkedHashMap<>();
        for (VmTrace t : traces) {
            vms.put(t.vmId(), new LabVm(t.vmId(), t.file(), t.vcpus(), t.cpuCapacityMhz(), t.memoryMib(),
                    t.sizeSynthetic(), t.report().rowsRead()));
            EnumMap<Metric, float[]> byMetric = new EnumMap<>(Metric.class);
            for (TimeSeries s : t.series().values()) {
                float[] aligned = new float[n];
                Arrays.fill(aligned, Float.NaN);
                int offset = Math.toIntExact(Duration.between(start, s.start()).dividedBy(step));
                System.arraycopy(s.values(), 0, aligned, offset, s.size());
                byMetric.put(s.metric(), aligned);
            }
            values.put(t.vmId(), byMetric);
        }
        return new LabDataset(name, format, origin, start, step, n, Collections.unmodifiableMap(vms), values,
                Collections.unmodifiableSet(metrics), report);
    }

    public String name() {
        return name;
    }

    public TraceFormat format() {
        return format;
    }

    /** Folder, zip or resource the dataset was read from. */
    public String origin() {
        return origin;
    }

    /** Start of the first interval. */
    public Instant start() {
        return start;
    }

    /** End of the last interval (exclusive). */
    public Instant end() {
        return start.plus(step.multipliedBy(intervals));
    }

    /** The grid step, 300 s. */
    public Duration step() {
        return step;
    }

    public int intervals() {
        return intervals;
    }

    /** The VMs in load order (natural order of their ids). */
    public List<LabVm> vms() {
        return List.copyOf(vms.values());
    }

    public Optional<LabVm> vm(String vmId) {
        return Optional.ofNullable(vms.get(vmId));
    }

    /** Metrics present for at least one VM. */
    public Set<Metric> metrics() {
        return metrics;
    }

    public ParseReport report() {
        return report;
    }

    /** The whole series of one VM and metric, on the dataset's grid. */
    public Optional<TimeSeries> series(String vmId, Metric metric) {
        float[] v = raw(vmId, metric);
        return v == null ? Optional.empty() : Optional.of(new TimeSeries(vmId, metric, start, step, v));
    }

    /** The series the query asks for, cut to its window widened to whole intervals; none outside the trace. */
    public List<TimeSeries> series(MetricQuery query) {
        int from = Math.max(0, indexOf(query.from()));
        int to = Math.min(intervals, ceilIndexOf(query.to()));
        List<TimeSeries> result = new ArrayList<>();
        if (from >= to) {
            return result;
        }
        Instant cutStart = timeAt(from);
        for (Map.Entry<String, EnumMap<Metric, float[]>> vm : values.entrySet()) {
            if (!query.includesVm(vm.getKey())) {
                continue;
            }
            vm.getValue().forEach((metric, v) -> {
                if (query.includesMetric(metric)) {
                    result.add(new TimeSeries(vm.getKey(), metric, cutStart, step, Arrays.copyOfRange(v, from, to)));
                }
            });
        }
        return result;
    }

    /** One value, NaN when missing, when the VM lacks the metric or the index is outside the grid. */
    public float valueAt(String vmId, Metric metric, int index) {
        float[] v = raw(vmId, metric);
        return v == null || index < 0 || index >= intervals ? Float.NaN : v[index];
    }

    /** Mean of the measured values in {@code [from, to)}, NaN when none was measured. */
    public double mean(String vmId, Metric metric, Instant from, Instant to) {
        float[] v = raw(vmId, metric);
        if (v == null) {
            return Double.NaN;
        }
        double sum = 0;
        int n = 0;
        for (int i = Math.max(0, indexOf(from)), end = Math.min(intervals, ceilIndexOf(to)); i < end; i++) {
            if (!Float.isNaN(v[i])) {
                sum += v[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** The interval holding an instant (may lie outside {@code 0..intervals-1}). */
    public int indexOf(Instant t) {
        return clamp(Math.floorDiv(Duration.between(start, t).getSeconds(), step.getSeconds()));
    }

    public Instant timeAt(int index) {
        return start.plus(step.multipliedBy(index));
    }

    private int ceilIndexOf(Instant t) {
        return clamp(-Math.floorDiv(-Duration.between(start, t).getSeconds(), step.getSeconds()));
    }

    /** Keeps far-away instants (such as {@link Instant#MIN} in a query) from overflowing an index. */
    private static int clamp(long index) {
        return (int) Math.max(Integer.MIN_VALUE / 2, Math.min(Integer.MAX_VALUE / 2, index));
    }

    private float[] raw(String vmId, Metric metric) {
        EnumMap<Metric, float[]> byMetric = values.get(Objects.requireNonNull(vmId, "vmId"));
        return byMetric == null ? null : byMetric.get(metric);
    }

    @Override
    public String toString() {
        return "LabDataset[" + name + " " + format.id() + " " + vms.size() + " VMs " + start + " .. " + end() + "]";
    }
}
