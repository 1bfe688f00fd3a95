package dev.harmony.engine.bench;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import dev.harmony.engine.store.DatasetInfo;
import dev.harmony.engine.store.HarmonyStore;
import dev.harmony.engine.store.VmProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Telemetry writes into a fresh store file: 1,000 resampled VMs × 7 days × 4 metrics on the 5-minute grid, one
 * {@code TelemetryStore.write} call per VM, each run into a new dataset so nothing is replaced.
 */
public final class IngestSuite implements BenchSuite {
    private static final List<Metric> METRICS = List.of(Metric.CPU_USAGE_MHZ, Metric.MEMORY_USAGE_KIB,
            Metric.DISK_READ_KIBPS, Metric.NETWORK_RX_KIBPS);
    private final TraceResampler trace;

    public IngestSuite(TraceResampler trace) {
        this.trace = trace;
    }

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String description() {
        return "telemetry writes into an H2 store file, samples per second";
    }

    @Override
    public BenchTrial prepare(BenchSize size) {
        int vms = size.pick(50, 1_000);
        int days = size.pick(2, 7);
        List<VmDemand> demands = trace.sample(vms, days, 15);
        List<List<TimeSeries>> perVm = new ArrayList<>();
        long samples = 0;
        for (VmDemand d : demands) {
            List<TimeSeries> series = new ArrayList<>();
            for (Metric m : METRICS) {
                Resource r = m == Metric.CPU_USAGE_MHZ ? Resource.CPU : m == Metric.MEMORY_USAGE_KIB ? Resource.MEMORY
                        : m == Metric.DISK_READ_KIBPS ? Resource.DISK : Resource.NETWORK;
                float[] values = d.values(r);
                series.add(new TimeSeries(d.vmId(), m, d.start(), d.step(), values));
                samples += values.length;
            }
            perVm.add(series);
        }
        Path folder;
        try {
            folder = Files.createTempDirectory("harmony-bench-ingest");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HarmonyStore store = HarmonyStore.openFile(folder.resolve("bench"));
        Instant start = demands.get(0).start();
        List<VmProfile> profiles = new ArrayList<>();
        long total = samples;
        return new BenchTrial() {
            private int round;

            @Override
            public String workload() {
                return String.format(Locale.ROOT, "%,d VMs x %d days x %d metrics = %,d samples, one write per VM, H2 file",
                        vms, days, METRICS.size(), total);
            }

            @Override
            public long run() {
                String dataset = "bench-" + round++;
                profiles.clear();
                demands.forEach(d -> profiles.add(new VmProfile(dataset, d.vmId(), d.vm().vcpus(), d.vm().cpuCapacityMhz(),
                        d.vm().memoryMib(), d.size())));
                store.datasets().save(new DatasetInfo(dataset, "bench", "resampled", Instant.EPOCH, vms, start,
                        start.plus(Duration.ofDays(days)), (int) trace.step().toSeconds(), EnumSet.copyOf(METRICS), total, 0, 0,
                        List.of()), profiles);
                for (List<TimeSeries> series : perVm) {
                    store.telemetry().write(dataset, series);
                }
                return total;
            }

            @Override
            public String unit() {
                return "samples";
            }

            @Override
            public void close() {
                store.close();
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
