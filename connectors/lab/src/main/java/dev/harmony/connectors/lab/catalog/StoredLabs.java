package dev.harmony.connectors.lab.catalog;

import dev.harmony.connectors.lab.dataset.LabDataset;
import dev.harmony.connectors.lab.trace.ParseReport;
import dev.harmony.connectors.lab.trace.TraceFormat;
import dev.harmony.connectors.lab.trace.VmTrace;
import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import dev.harmony.engine.store.DatasetCatalog;
import dev.harmony.engine.store.DatasetInfo;
import dev.harmony.engine.store.TelemetryStore;
import dev.harmony.engine.store.VmProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Labs imported into the store with {@link LabImporter}: listed from the store and loaded back from its
 * telemetry, so an imported month opens without its source folder.
 */
public final class StoredLabs {
    private final DatasetCatalog catalog;
    private final TelemetryStore telemetry;

    public StoredLabs(DatasetCatalog catalog, TelemetryStore telemetry) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
    }

    /** The lab datasets in the store (datasets of a trace format the lab reads). */
    public List<DatasetInfo> list() {
        return catalog.list().stream().filter(d -> format(d.format()).isPresent()).toList();
    }

    public Optional<DatasetInfo> find(String name) {
        return catalog.find(name).filter(d -> format(d.format()).isPresent());
    }

    /**
     * Reads a stored lab back into memory. The parse report carries the import's totals and notes; its
     * per-reason counts are not stored, and missing intervals are recounted from the stored series.
     */
    public LabDataset load(DatasetInfo info) {
        TraceFormat format = format(info.format()).orElseThrow(
                () -> new IllegalArgumentException("dataset " + info.name() + " is not a lab trace (" + info.format() + ")"));
        Map<String, EnumMap<Metric, TimeSeries>> byVm = new HashMap<>();
        for (TimeSeries s : telemetry.read(info.name(), MetricQuery.all(info.start(), info.end()))) {
            byVm.computeIfAbsent(s.vmId(), k -> new EnumMap<>(Metric.class)).put(s.metric(), s);
        }
        List<VmTrace> traces = new ArrayList<>();
        long missing = 0;
        for (VmProfile vm : catalog.vms(info.name())) {
            EnumMap<Metric, TimeSeries> series = byVm.get(vm.vmId());
            if (series == null || series.isEmpty()) {
                continue;
            }
            missing += missingWithinSpan(series.values().iterator().next());
            traces.add(new VmTrace(vm.vmId(), info.origin(), format, vm.vcpus(), vm.cpuCapacityMhz(), vm.memoryMib(),
                    format == TraceFormat.PLANETLAB, series, ParseReport.empty()));
        }
        ParseReport report = new ParseReport(traces.size(), List.of(), info.rowsRead(), info.repairedRows(),
                info.droppedRows(), Map.of(), missing, info.notes(), List.of());
        return LabDataset.of(info.name(), format, info.origin(), traces, report);
    }

    /** Empty intervals between a series' first and last measured value, as the parser counts them. */
    static long missingWithinSpan(TimeSeries series) {
        float[] v = series.values();
        int first = 0;
        while (first < v.length && Float.isNaN(v[first])) {
            first++;
        }
        int last = v.length - 1;
        while (last > first && Float.isNaN(v[last])) {
            last--;
        }
        long empty = 0;
        for (int i = first; i <= last && first < v.length; i++) {
            if (Float.isNaN(v[i])) {
                empty++;
            }
        }
        return empty;
    }

    private static Optional<TraceFormat> format(String id) {
        return Arrays.stream(TraceFormat.values()).filter(f -> f.id().equals(id)).findFirst();
    }

    /** Names of the stored labs, for messages. */
    Set<String> names() {
        return Set.copyOf(list().stream().map(DatasetInfo::name).toList());
    }
}
