package dev.harmony.engine.store;

import static dev.harmony.engine.store.StoreFixtures.JULY_1;
import static dev.harmony.engine.store.StoreFixtures.dataset;
import static dev.harmony.engine.store.StoreFixtures.series;
import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentAccessTest {
    private static final int PER_DAY = 288;

    @Test
    void writersOnSeveralThreadsLoseNothingWhileReadersRead() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try (HarmonyStore store = StoreFixtures.memoryStore()) {
            store.datasets().save(dataset("rnd"), List.of());
            List<Future<?>> work = new ArrayList<>();
            // Each writer fills its own hours of the same VM's day, so every write merges into the same chunk.
            for (int writer = 0; writer < 4; writer++) {
                int hourBlock = writer;
                work.add(threads.submit(() -> {
                    for (int hour = hourBlock; hour < 24; hour += 4) {
                        store.telemetry().write("rnd", List.of(
                                series("vm-1", Metric.CPU_USAGE_MHZ, JULY_1.plus(Duration.ofHours(hour)), 12, hour * 12f)));
                    }
                }));
            }
            for (int reader = 0; reader < 2; reader++) {
                work.add(threads.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        store.telemetry().read("rnd", MetricQuery.all(JULY_1, JULY_1.plus(Duration.ofDays(1))));
                        store.datasets().list();
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }

            TimeSeries day = store.telemetry().read("rnd", MetricQuery.all(JULY_1, JULY_1.plus(Duration.ofDays(1)))).get(0);
            assertThat(day).isEqualTo(series("vm-1", Metric.CPU_USAGE_MHZ, JULY_1, PER_DAY, 0f));
        } finally {
            threads.shutdownNow();
        }
    }
}
