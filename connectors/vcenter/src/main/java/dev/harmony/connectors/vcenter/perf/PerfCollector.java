package dev.harmony.connectors.vcenter.perf;

import com.vmware.vim25.ManagedObjectReference;
import com.vmware.vim25.PerfCounterInfo;
import com.vmware.vim25.PerfEntityMetric;
import com.vmware.vim25.PerfEntityMetricBase;
import com.vmware.vim25.PerfMetricId;
import com.vmware.vim25.PerfMetricIntSeries;
import com.vmware.vim25.PerfMetricSeries;
import com.vmware.vim25.PerfQuerySpec;
import com.vmware.vim25.PerfSampleInfo;
import com.vmware.vim25.ServiceContent;
import com.vmware.vim25.VimPortType;
import dev.harmony.connectors.vcenter.session.ObjectProperties;
import dev.harmony.connectors.vcenter.session.PropertyQuery;
import dev.harmony.connectors.vcenter.session.VcenterSession;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import java.rmi.RemoteException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads counters of many VMs with few QueryPerf calls: one call carries a query for each of up to
 * {@code vmsPerCall} VMs, each asking for all chosen counters at once. The interval is the finest
 * one vCenter still keeps for the window's start (see {@link PerfInterval#finestCovering}).
 */
public final class PerfCollector {
    private static final Logger LOG = LoggerFactory.getLogger(PerfCollector.class);
    private final VcenterSession session;
    private final int vmsPerCall;
    private volatile Catalog catalog;

    /**
     * What one collection returned.
     *
     * @param series    one per VM and metric that had at least one sample
     * @param calls     QueryPerf calls made
     * @param interval  the statistics interval read
     */
    public record Collected(List<TimeSeries> series, int calls, PerfInterval interval) {
        public Collected {
            series = List.copyOf(series);
        }
    }

    /** Counter keys by name and the historical intervals, read once per connector. */
    private record Catalog(Map<Counter, Integer> keys, List<PerfInterval> historical) {
    }

    /**
     * @param session    the vCenter session
     * @param vmsPerCall VMs per QueryPerf call; vCenter answers a few hundred comfortably
     */
    public PerfCollector(VcenterSession session, int vmsPerCall) {
        if (vmsPerCall < 1) {
            throw new IllegalArgumentException("vmsPerCall must be positive, was " + vmsPerCall);
        }
        this.session = session;
        this.vmsPerCall = vmsPerCall;
    }

    /**
     * Samples of the metrics of the VMs over {@code [from, to)}.
     *
     * @param now the present, to choose the interval
     */
    public Collected collect(List<String> vmIds, Set<Metric> metrics, Instant from, Instant to, Instant now) {
        Catalog known = catalog();
        PerfInterval interval = PerfInterval.finestCovering(from, now, known.historical());
        List<Counter> counters = new ArrayList<>();
        for (Counter c : Counter.values()) {
            if ((metrics.isEmpty() || metrics.contains(c.metric())) && known.keys().containsKey(c)) {
                counters.add(c);
            }
        }
        List<TimeSeries> series = new ArrayList<>();
        int calls = 0;
        for (int i = 0; i < vmIds.size() && !counters.isEmpty(); i += vmsPerCall) {
            List<String> batch = vmIds.subList(i, Math.min(vmIds.size(), i + vmsPerCall));
            Map<String, EnumMap<Counter, SeriesGrid>> grids = new LinkedHashMap<>();
            session.call("reading performance counters of " + batch.size() + " VMs", (vim, content) -> {
                grids.clear();
                query(vim, content, batch, counters, known.keys(), interval, from, to, grids);
                return null;
            });
            calls++;
            grids.forEach((vm, byCounter) -> byCounter.forEach((counter, grid) -> {
                if (!grid.isEmpty()) {
                    series.add(grid.toSeries(vm, counter.metric()));
                }
            }));
        }
        return new Collected(series, calls, interval);
    }

    private static void query(VimPortType vim, ServiceContent content, List<String> vms, List<Counter> counters,
            Map<Counter, Integer> keys, PerfInterval interval, Instant from, Instant to,
            Map<String, EnumMap<Counter, SeriesGrid>> grids) throws RemoteException {
        Map<Integer, Counter> byKey = new HashMap<>();
        PerfMetricId[] ids = new PerfMetricId[counters.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = new PerfMetricId();
            ids[i].setCounterId(keys.get(counters.get(i)));
            ids[i].setInstance("");
            byKey.put(ids[i].getCounterId(), counters.get(i));
        }
        SeriesGrid shape = new SeriesGrid(from, to, interval.step());
        PerfQuerySpec[] specs = new PerfQuerySpec[vms.size()];
        for (int i = 0; i < specs.length; i++) {
            PerfQuerySpec spec = new PerfQuerySpec();
            ManagedObjectReference vm = new ManagedObjectReference();
            vm.setType("VirtualMachine");
            vm.setVal(vms.get(i));
            spec.setEntity(vm);
            spec.setMetricId(ids);
            spec.setIntervalId(interval.samplingSeconds());
            spec.setStartTime(calendar(shape.start()));
            spec.setEndTime(calendar(to));
            // vCenter ignores maxSample for historical intervals; the simulator needs it for every interval.
            spec.setMaxSample(shape.size());
            spec.setFormat("normal");
            specs[i] = spec;
        }
        PerfEntityMetricBase[] answers = vim.queryPerf(content.getPerfManager(), specs);
        for (PerfEntityMetricBase answer : answers == null ? new PerfEntityMetricBase[0] : answers) {
            if (!(answer instanceof PerfEntityMetric entity) || entity.getSampleInfo() == null || entity.getValue() == null) {
                continue;
            }
            PerfSampleInfo[] samples = entity.getSampleInfo();
            EnumMap<Counter, SeriesGrid> vmGrids = grids.computeIfAbsent(entity.getEntity().getVal(), k -> new EnumMap<>(Counter.class));
            for (PerfMetricSeries values : entity.getValue()) {
                Counter counter = values.getId() == null ? null : byKey.get(values.getId().getCounterId());
                if (counter == null || !(values instanceof PerfMetricIntSeries ints)) {
                    continue;
                }
                // An absent list means every value was zero: the simulator's XML encoder drops zeros.
                long[] raw = ints.getValue() == null ? new long[samples.length] : ints.getValue();
                if (raw.length != samples.length) {
                    LOG.warn("vCenter sent {} values for {} samples of {} of {}; skipped, as they cannot be aligned",
                            raw.length, samples.length, counter.vcenterName(), entity.getEntity().getVal());
                    continue;
                }
                SeriesGrid grid = vmGrids.computeIfAbsent(counter, c -> new SeriesGrid(from, to, interval.step()));
                for (int s = 0; s < raw.length; s++) {
                    grid.put(samples[s].getTimestamp().toInstant(), counter.convert(raw[s], samples[s].getInterval()));
                }
            }
        }
    }

    private Catalog catalog() {
        Catalog known = catalog;
        if (known == null) {
            known = session.call("reading the performance counter catalog", PerfCollector::readCatalog);
            catalog = known;
        }
        return known;
    }

    private static Catalog readCatalog(VimPortType vim, ServiceContent content) throws RemoteException {
        Map<String, Counter> wanted = new HashMap<>();
        for (Counter c : Counter.values()) {
            wanted.put(c.vcenterName(), c);
        }
        Map<Counter, Integer> keys = new EnumMap<>(Counter.class);
        List<PerfInterval> historical = new ArrayList<>();
        List<ObjectProperties> manager = new PropertyQuery().type("PerformanceManager", "perfCounter", "historicalInterval")
                .of(vim, content, List.of(content.getPerfManager()));
        for (ObjectProperties p : manager) {
            PerfCounterInfo[] infos = p.get("perfCounter", PerfCounterInfo[].class);
            for (PerfCounterInfo info : infos == null ? new PerfCounterInfo[0] : infos) {
                String name = info.getGroupInfo().getKey() + "." + info.getNameInfo().getKey() + "." + info.getRollupType();
                Counter c = wanted.get(name);
                if (c != null) {
                    keys.putIfAbsent(c, info.getKey());
                }
            }
            com.vmware.vim25.PerfInterval[] intervals = p.get("historicalInterval", com.vmware.vim25.PerfInterval[].class);
            for (com.vmware.vim25.PerfInterval i : intervals == null ? new com.vmware.vim25.PerfInterval[0] : intervals) {
                if (i.isEnabled()) {
                    historical.add(new PerfInterval(i.getSamplingPeriod(), java.time.Duration.ofSeconds(i.getLength())));
                }
            }
        }
        return new Catalog(keys, historical.isEmpty() ? PerfInterval.DEFAULT_HISTORICAL : historical);
    }

    private static Calendar calendar(Instant at) {
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(at.toEpochMilli());
        return c;
    }

    /** The counters this vCenter has, among those Harmony reads. */
    public Set<Counter> available() {
        return catalog().keys().keySet();
    }
}
