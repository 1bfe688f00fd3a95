package dev.harmony.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.model.Vm;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Many VMs forecast at once from a common "now", and the 10,000-VM timing. */
class ForecastBatchTest {
    private static final Duration WEEK = Duration.ofDays(7);

    @Test
    void dataAtOrAfterAsOfDoesNotChangeTheForecast() {
        VmDemand original = demand("vm-1", 21, 1);
        float[][] changed = original.demand();
        for (float[] series : changed) {
            for (int t = 14 * 288; t < series.length; t++) {
                series[t] = 1e6f;
            }
        }
        VmDemand tampered = new VmDemand(original.vm(), original.start(), original.step(), changed);
        Instant asOf = SyntheticSeries.MONDAY.plus(Duration.ofDays(14));
        ForecastBatch batch = new ForecastBatch(new SeasonalForecaster(SeasonalOptions.defaults()), 1);

        VmForecast a = batch.forecast(original, asOf, Duration.ofDays(1));
        VmForecast b = batch.forecast(tampered, asOf, Duration.ofDays(1));

        assertThat(a).isEqualTo(b);
        assertThat(a.start()).isEqualTo(asOf);
        assertThat(a.size()).isEqualTo(288);
    }

    @Test
    void asOfAfterTheDataLeavesTheGapMissingAndStillForecasts() {
        VmDemand d = demand("vm-2", 14, 2);
        Instant asOf = SyntheticSeries.MONDAY.plus(Duration.ofDays(15));

        VmForecast f = new ForecastBatch(new SeasonalForecaster(SeasonalOptions.defaults()), 1).forecast(d, asOf, Duration.ofHours(2));

        assertThat(f.of(Resource.CPU).known()).isTrue();
        assertThat(f.of(Resource.CPU).start()).isEqualTo(asOf);
    }

    @Test
    void parallelBatchEqualsSequentialBatch() {
        List<VmDemand> demands = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            demands.add(demand("vm-" + i, 14, i));
        }
        Instant asOf = SyntheticSeries.MONDAY.plus(Duration.ofDays(14));
        DemandForecaster f = new SeasonalForecaster(SeasonalOptions.defaults());

        assertThat(new ForecastBatch(f, 2).forecast(demands, asOf, WEEK))
                .isEqualTo(new ForecastBatch(f, 1).forecast(demands, asOf, WEEK));
    }

    /** A tenth of the benchmark, run every time; see {@link #forecastWeekAhead}. */
    @Test
    void thousandVmsForecastAWeekAhead() {
        forecastWeekAhead(1_000);
    }

    /** The figure; opt-in, as it takes 5–30 s on a shared 2-core machine: {@code -Dharmony.benchmarks=true}. */
    @Test
    @EnabledIfSystemProperty(named = "harmony.benchmarks", matches = "true")
    void tenThousandVmsForecastAWeekAheadWithinSeconds() {
        forecastWeekAhead(10_000);
    }

    /**
     * VMs × 4 resources, 28 days of 5-minute history each, 7 days of 5-minute P50 and P95 ahead,
     * in batches of 500 VMs so the test stays within a small heap. Logged, not asserted: wall time, and the
     * process CPU time spent inside the batches, which on a shared machine says more than the wall time.
     */
    private static void forecastWeekAhead(int vms) {
        int chunk = 500;
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        ForecastBatch batch = new ForecastBatch(new SeasonalForecaster(SeasonalOptions.defaults()), threads);
        Instant asOf = SyntheticSeries.MONDAY.plus(Duration.ofDays(28));
        float[][] shapes = new float[16][];
        for (int s = 0; s < shapes.length; s++) {
            shapes[s] = SyntheticSeries.wave(28, 100, 10 + 3 * s, 0.2 * (s - 8), 2 + s, s);
        }
        long nanos = 0;
        long cpu = 0;
        double checksum = 0;
        for (int from = 0; from < vms; from += chunk) {
            List<VmDemand> demands = new ArrayList<>();
            for (int i = from; i < from + chunk; i++) {
                demands.add(scaled("vm-" + i, shapes, i));
            }
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            List<VmForecast> out = batch.forecast(demands, asOf, WEEK);
            nanos += System.nanoTime() - t0;
            cpu += processCpuNanos() - cpu0;
            checksum += out.get(0).of(Resource.CPU).p95At(100);
        }
        ForecastFigures.log().info("forecast: {} VMs x 4 resources, 28 d of 5-min history -> 7 d of 5-min P50/P95: "
                        + "{} s wall on {} threads, {} s process CPU inside the batches (load average {})",
                vms, String.format("%.2f", nanos / 1e9), threads, String.format("%.2f", cpu / 1e9),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        assertThat(checksum).isPositive();
    }

    /** A VM whose resources are prepared shapes scaled by a factor of its own, cheap enough for 10,000 VMs. */
    private static VmDemand scaled(String id, float[][] shapes, int i) {
        float[][] d = new float[Resource.values().length][];
        float factor = 0.5f + (i % 97) / 97f;
        for (Resource r : Resource.values()) {
            float[] shape = shapes[(i + r.ordinal()) % shapes.length];
            float[] v = new float[shape.length];
            for (int t = 0; t < v.length; t++) {
                v[t] = shape[t] * factor;
            }
            d[r.ordinal()] = v;
        }
        return new VmDemand(new Vm(id, id, 2, 5200, 4096, "", "", Set.of(), ""), SyntheticSeries.MONDAY, SyntheticSeries.STEP, d);
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static VmDemand demand(String id, int days, long seed) {
        float[][] d = new float[Resource.values().length][];
        for (Resource r : Resource.values()) {
            d[r.ordinal()] = SyntheticSeries.wave(days, 100 + seed % 50, 30, 0.2, 5, seed * 4 + r.ordinal());
        }
        Vm vm = new Vm(id, id, 2, 5200, 4096, "", "", Set.of(), "");
        return new VmDemand(vm, SyntheticSeries.MONDAY, SyntheticSeries.STEP, d);
    }
}
