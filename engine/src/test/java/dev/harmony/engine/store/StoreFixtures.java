package dev.harmony.engine.store;

import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/** Small builders the store tests share. */
final class StoreFixtures {
    static final Instant JULY_1 = Instant.parse("2013-07-01T00:00:00Z");
    static final Duration FIVE_MINUTES = Duration.ofSeconds(300);

    private StoreFixtures() {
    }

    /** A fresh in-memory store that no other test sees. */
    static HarmonyStore memoryStore() {
        return HarmonyStore.inMemory("test-" + UUID.randomUUID());
    }

    static DatasetInfo dataset(String name) {
        return new DatasetInfo(name, "bitbrains-gwa-t-12", "/traces/" + name, Instant.parse("2025-01-02T03:04:05.123456789Z"),
                2, JULY_1, JULY_1.plus(Duration.ofDays(3)), 300, EnumSet.of(Metric.CPU_USAGE_MHZ, Metric.MEMORY_USAGE_KIB),
                1234, 5, 6, List.of("1.csv line 7: zero capacity, kept", "2.csv line 9: duplicate timestamp, dropped"));
    }

    static List<VmProfile> vms(String dataset) {
        return List.of(new VmProfile(dataset, "vm-1", 2, 5852, 8026, 800), new VmProfile(dataset, "vm-2", 4, 11704, 16384, 790));
    }

    /** A 5-minute series whose value {@code i} is {@code base + i}, with NaN at the given indices. */
    static TimeSeries series(String vm, Metric metric, Instant start, int n, float base, int... gaps) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = base + i;
        }
        for (int gap : gaps) {
            values[gap] = Float.NaN;
        }
        return new TimeSeries(vm, metric, start, FIVE_MINUTES, values);
    }
}
