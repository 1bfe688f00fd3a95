package dev.harmony.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores one real VM of the Bitbrains trace (src/test/resources/bitbrains) and checks the store keeps
 * it exactly and far smaller than the CSV it came from; the figures back docs/decisions/0002.
 */
class BitbrainsTraceCompactnessTest {
    private static final Logger LOG = LoggerFactory.getLogger(BitbrainsTraceCompactnessTest.class);
    private static final String TRACE = "/bitbrains/rnd-2013-7-4.csv.gz";
    private static final int STEP_S = 300;
    /** The trace's columns after the timestamp, in file order. */
    private static final Metric[] COLUMNS = {
        Metric.CPU_CORES, Metric.CPU_CAPACITY_MHZ, Metric.CPU_USAGE_MHZ, Metric.CPU_USAGE_PERCENT,
        Metric.MEMORY_CAPACITY_KIB, Metric.MEMORY_USAGE_KIB, Metric.DISK_READ_KIBPS, Metric.DISK_WRITE_KIBPS,
        Metric.NETWORK_RX_KIBPS, Metric.NETWORK_TX_KIBPS};

    @Test
    void realTraceIsStoredExactlyInAFractionOfItsCsvSize() throws IOException {
        byte[] csv = readTrace();
        List<TimeSeries> series = binTo300Seconds(new String(csv, StandardCharsets.UTF_8));
        TimeSeries first = series.get(0);

        try (HarmonyStore store = StoreFixtures.memoryStore()) {
            store.datasets().save(new DatasetInfo("bitbrains-rnd-4", "bitbrains-gwa-t-12", TRACE, Instant.now(), 1,
                    first.start(), first.end(), STEP_S, EnumSet.copyOf(List.of(COLUMNS)), 8253, 0, 0, List.of()), List.of());
            store.telemetry().write("bitbrains-rnd-4", series);
            long stored = store.telemetry().storedBytes("bitbrains-rnd-4");
            LOG.info("Bitbrains rnd/2013-7/4: {} CSV bytes, {} values in {} series, {} bytes stored ({} % of the CSV)",
                    csv.length, first.size() * series.size(), series.size(), stored, String.format("%.1f", 100.0 * stored / csv.length));

            assertThat(stored).isLessThan(csv.length / 10);
            assertThat(store.telemetry().read("bitbrains-rnd-4", MetricQuery.all(first.start(), first.end())))
                    .containsExactlyInAnyOrderElementsOf(series);
        }
    }

    private static byte[] readTrace() throws IOException {
        try (InputStream in = new GZIPInputStream(BitbrainsTraceCompactnessTest.class.getResourceAsStream(TRACE))) {
            return in.readAllBytes();
        }
    }

    /** One series per column on the 300 s grid: the mean of the samples in each interval, NaN where there are none. */
    private static List<TimeSeries> binTo300Seconds(String csv) {
        List<Long> slots = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        csv.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
            String[] fields = line.split(";\t");
            double[] row = new double[COLUMNS.length];
            for (int c = 0; c < COLUMNS.length; c++) {
                row[c] = Double.parseDouble(fields[c + 1].trim());
            }
            // The header says milliseconds; the values are Unix seconds.
            slots.add(Math.floorDiv(Long.parseLong(fields[0].trim()), STEP_S) * STEP_S);
            rows.add(row);
        });
        long start = slots.get(0);
        int n = (int) ((slots.get(slots.size() - 1) - start) / STEP_S) + 1;
        double[][] sums = new double[COLUMNS.length][n];
        int[] counts = new int[n];
        for (int r = 0; r < rows.size(); r++) {
            int slot = (int) ((slots.get(r) - start) / STEP_S);
            counts[slot]++;
            for (int c = 0; c < COLUMNS.length; c++) {
                sums[c][slot] += rows.get(r)[c];
            }
        }
        List<TimeSeries> series = new ArrayList<>();
        for (int c = 0; c < COLUMNS.length; c++) {
            float[] values = new float[n];
            for (int i = 0; i < n; i++) {
                values[i] = counts[i] == 0 ? Float.NaN : (float) (sums[c][i] / counts[i]);
            }
            series.add(new TimeSeries("4", COLUMNS[c], Instant.ofEpochSecond(start), Duration.ofSeconds(STEP_S), values));
        }
        return series;
    }
}
