package dev.harmony.engine.store;

import static dev.harmony.engine.store.StoreFixtures.FIVE_MINUTES;
import static dev.harmony.engine.store.StoreFixtures.JULY_1;
import static dev.harmony.engine.store.StoreFixtures.dataset;
import static dev.harmony.engine.store.StoreFixtures.series;
import static dev.harmony.engine.store.StoreFixtures.vms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TelemetryStoreTest {
    private static final int PER_DAY = 288;

    private HarmonyStore store;
    private TelemetryStore telemetry;

    @BeforeEach
    void openStore() {
        store = StoreFixtures.memoryStore();
        store.datasets().save(dataset("rnd"), vms("rnd"));
        telemetry = store.telemetry();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void seriesWithGapsSpanningPartialDaysReadBackExactly() {
        // Starts at 22:00 on June 30 and ends at 01:00 on July 3: two partial days and two whole ones.
        Instant start = JULY_1.minus(Duration.ofHours(2));
        TimeSeries cpu = series("vm-1", Metric.CPU_USAGE_MHZ, start, 24 + 2 * PER_DAY + 12, 0.1f, 0, 5, 6, 7, 300, 611);
        float[] odd = cpu.values();
        odd[1] = -0.0f;
        odd[2] = Float.MAX_VALUE;
        odd[3] = Float.MIN_VALUE;
        odd[4] = Float.POSITIVE_INFINITY;
        TimeSeries written = new TimeSeries("vm-1", Metric.CPU_USAGE_MHZ, start, FIVE_MINUTES, odd);
        telemetry.write("rnd", List.of(written));

        List<TimeSeries> read = telemetry.read("rnd", MetricQuery.all(start, written.end()));

        assertThat(read).containsExactly(written);
        assertThat(Float.floatToRawIntBits(read.get(0).valueAt(1))).isEqualTo(Float.floatToRawIntBits(-0.0f));
    }

    @Test
    void readCutsToTheWindowAcrossDayBoundariesWithNaNWhereNothingWasStored() {
        telemetry.write("rnd", List.of(series("vm-1", Metric.CPU_USAGE_MHZ, JULY_1, 2 * PER_DAY, 0f)));
        Instant from = JULY_1.plus(Duration.ofHours(23));
        Instant to = JULY_1.plus(Duration.ofDays(2)).plus(Duration.ofHours(1));

        TimeSeries read = telemetry.read("rnd", MetricQuery.all(from, to)).get(0);

        assertThat(read.start()).isEqualTo(from);
        assertThat(read.end()).isEqualTo(to);
        assertThat(read.size()).isEqualTo(12 + PER_DAY + 12);
        assertThat(read.valueAt(0)).isEqualTo(276f);
        assertThat(read.valueAt(12 + PER_DAY - 1)).isEqualTo(2 * PER_DAY - 1f);
        assertThat(read.valueAt(12 + PER_DAY)).isNaN();
        assertThat(read.presentCount()).isEqualTo(12 + PER_DAY);
    }

    @Test
    void windowOffTheStepGridWidensToTheIntervalsItTouches() {
        telemetry.write("rnd", List.of(series("vm-1", Metric.CPU_USAGE_MHZ, JULY_1, PER_DAY, 0f)));

        TimeSeries read = telemetry.read("rnd", MetricQuery.all(JULY_1.plusSeconds(301), JULY_1.plusSeconds(901))).get(0);

        assertThat(read.start()).isEqualTo(JULY_1.plusSeconds(300));
        assertThat(read.values()).containsExactly(1f, 2f, 3f);
    }

    @Test
    void rewriteReplacesValuesWhereTheNewSeriesHasThemAndKeepsTheRest() {
        telemetry.write("rnd", List.of(series("vm-1", Metric.CPU_USAGE_MHZ, JULY_1, PER_DAY, 0f)));
        TimeSeries patch = series("vm-1", Metric.CPU_USAGE_MHZ, JULY_1.plusSeconds(3000), 4, 1000f, 1);

        telemetry.write("rnd", List.of(patch));

        float[] values = telemetry.read("rnd", MetricQuery.all(JULY_1, JULY_1.plus(Duration.ofDays(1)))).get(0).values();
        assertThat(values[9]).isEqualTo(9f);
        assertThat(values[10]).isEqualTo(1000f);
        assertThat(values[11]).isEqualTo(11f);
        assertThat(values[12]).isEqualTo(1002f);
        assertThat(values[13]).isEqualTo(1003f);
        assertThat(values[14]).isEqualTo(14f);
    }

    @Test
    void queryReturnsOnlyTheAskedVmsAndMetricsSortedByVmThenMetric() {
        Instant end = JULY_1.plus(Duration.ofDays(1));
        telemetry.write("rnd", List.of(
                series("vm-2", Metric.MEMORY_USAGE_KIB, JULY_1, PER_DAY, 5f),
                series("vm-2", Metric.CPU_USAGE_MHZ, JULY_1, PER_DAY, 4f),
                series("vm-1", Metric.CPU_USAGE_MHZ, JULY_1, PER_DAY, 3f)));

        List<TimeSeries> all = telemetry.read("rnd", MetricQuery.all(JULY_1, end));
        List<TimeSeries> some = telemetry.read("rnd", new MetricQuery(Set.of("vm-2"), Set.of(Metric.CPU_USAGE_MHZ), JULY_1, end));

        assertThat(all).extracting(s -> s.vmId() + "/" + s.metric())
                .containsExactly("vm-1/CPU_USAGE_MHZ", "vm-2/CPU_USAGE_MHZ", "vm-2/MEMORY_USAGE_KIB");
        assertThat(some).extracting(s -> s.vmId() + "/" + s.metric()).containsExactly("vm-2/CPU_USAGE_MHZ");
        assertThat(some.get(0).valueAt(0)).isEqualTo(4f);
    }

    @Test
    void windowWithoutTelemetryReadsNoSeries() {
        telemetry.write("rnd", List.of(series("vm-1", Metric.CPU_USAGE_MHZ, JULY_1, PER_DAY, 0f)));

        assertThat(telemetry.read("rnd", MetricQuery.all(JULY_1.plus(Duration.ofDays(5)), JULY_1.plus(Duration.ofDays(6)))))
                .isEmpty();
    }

    @Test
    void seriesOfOnlyNaNStoresNothing() {
        telemetry.write("rnd", List.of(series("vm-1", Metric.CPU_USAGE_MHZ, JULY_1, 3, 0f, 0, 1, 2)));

        assertThat(telemetry.storedBytes("rnd")).isZero();
    }

    @Test
    void storedBytesGrowWithTelemetryAndStaySmallForSmoothSeries() {
        assertThat(telemetry.storedBytes("rnd")).isZero();

        telemetry.write("rnd", List.of(series("vm-1", Metric.CPU_USAGE_MHZ, JULY_1, 7 * PER_DAY, 0f)));

        assertThat(telemetry.storedBytes("rnd")).isPositive().isLessThan(7L * PER_DAY * Float.BYTES);
    }

    @Test
    void fullDayOfNoiseAtOneSecondStepsFitsInOneChunk() {
        store.datasets().save(new DatasetInfo("fast", "vcenter", "vc01", JULY_1, 1, JULY_1, JULY_1.plus(Duration.ofDays(1)), 1,
                Set.of(Metric.CPU_READY_PERCENT), 0, 0, 0, List.of()), List.of());
        java.util.Random random = new java.util.Random(3);
        float[] noise = new float[86_400];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = random.nextFloat();
        }
        TimeSeries ready = new TimeSeries("vm-1", Metric.CPU_READY_PERCENT, JULY_1, Duration.ofSeconds(1), noise);

        telemetry.write("fast", List.of(ready));

        assertThat(telemetry.read("fast", MetricQuery.all(JULY_1, ready.end()))).containsExactly(ready);
    }

    @Test
    void writeToAnUnknownDatasetSaysSo() {
        List<TimeSeries> one = List.of(series("vm-1", Metric.CPU_USAGE_MHZ, JULY_1, 2, 0f));

        assertThatThrownBy(() -> telemetry.write("nope", one))
                .isInstanceOf(StoreException.class).hasMessageContaining("no dataset 'nope'");
        assertThatThrownBy(() -> telemetry.read("nope", MetricQuery.all(JULY_1, JULY_1.plusSeconds(300))))
                .isInstanceOf(StoreException.class).hasMessageContaining("no dataset 'nope'");
    }

    @Test
    void writeWithAStepOtherThanTheDatasetsChangesNothing() {
        TimeSeries good = series("vm-1", Metric.CPU_USAGE_MHZ, JULY_1, 2, 0f);
        TimeSeries minutely = new TimeSeries("vm-2", Metric.CPU_USAGE_MHZ, JULY_1, Duration.ofMinutes(1), new float[] {1f});

        assertThatThrownBy(() -> telemetry.write("rnd", List.of(good, minutely)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("60 s step");
        assertThat(telemetry.storedBytes("rnd")).isZero();
    }

    @Test
    void seriesOffTheStepGridIsRefused() {
        TimeSeries offGrid = series("vm-1", Metric.CPU_USAGE_MHZ, JULY_1.plusSeconds(4), 2, 0f);
        TimeSeries oddStep = new TimeSeries("vm-1", Metric.CPU_USAGE_MHZ, JULY_1, Duration.ofSeconds(7), new float[] {1f});

        assertThatThrownBy(() -> telemetry.write("rnd", List.of(offGrid)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not on the 300 s grid");
        assertThatThrownBy(() -> telemetry.write("rnd", List.of(oddStep)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("divide a day");
    }
}
