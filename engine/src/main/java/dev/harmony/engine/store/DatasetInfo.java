package dev.harmony.engine.store;

import dev.harmony.engine.model.Metric;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A named telemetry dataset held in the store (an imported trace, or telemetry collected from a connector).
 *
 * @param name          unique name, e.g. {@code bitbrains-rnd}
 * @param format        source format, e.g. {@code bitbrains-gwa-t-12} or {@code planetlab}
 * @param origin        where it came from (folder, bundle, connector)
 * @param importedAt    when it entered the store
 * @param vmCount       VMs with telemetry
 * @param start         first sampled interval
 * @param end           end of the last interval
 * @param intervalS     sampling interval in seconds of the stored series
 * @param metrics       metrics present
 * @param rowsRead      input rows read
 * @param repairedRows  rows kept after a documented repair (zero capacity, duplicate timestamp, ...)
 * @param droppedRows   rows dropped by the documented policy
 * @param notes         the import report's lines (file, line, what was wrong and what was done), capped
 */
public record DatasetInfo(
        String name,
        String format,
        String origin,
        Instant importedAt,
        int vmCount,
        Instant start,
        Instant end,
        int intervalS,
        Set<Metric> metrics,
        long rowsRead,
        long repairedRows,
        long droppedRows,
        List<String> notes) {

    public DatasetInfo {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("dataset name must not be blank");
        }
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        metrics = Set.copyOf(metrics);
        notes = List.copyOf(notes);
    }
}
