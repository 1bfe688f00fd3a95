package dev.harmony.connectors.lab.catalog;

import dev.harmony.engine.model.Metric;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What {@code harmony lab info <name>} shows: the loaded trace, the datacenter built for it with the
 * default options, and the parse report's totals.
 *
 * @param name             lab name
 * @param format           trace format id
 * @param origin           where the files were read from
 * @param vms              VMs loaded
 * @param hosts            hosts of the default datacenter
 * @param start            start of the first interval
 * @param end              end of the last interval
 * @param intervalS        grid interval in seconds
 * @param metrics          metrics present
 * @param rowsRead         data rows read
 * @param repairedRows     rows kept after a repair
 * @param droppedRows      rows dropped by the policy
 * @param missingIntervals grid intervals without a measurement, over all VMs
 * @param rejectedFiles    files rejected as a whole
 * @param repairedByReason repair counts by reason name
 * @param droppedByReason  drop counts by reason name
 * @param attribution      the credit and citation the trace asks for; empty for a folder of unknown origin
 */
public record LabInfo(
        String name,
        String format,
        String origin,
        int vms,
        int hosts,
        Instant start,
        Instant end,
        int intervalS,
        Set<Metric> metrics,
        long rowsRead,
        long repairedRows,
        long droppedRows,
        long missingIntervals,
        int rejectedFiles,
        Map<String, Long> repairedByReason,
        Map<String, Long> droppedByReason,
        String attribution) {

    public LabInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        metrics = Set.copyOf(metrics);
        repairedByReason = Map.copyOf(repairedByReason);
        droppedByReason = Map.copyOf(droppedByReason);
        Objects.requireNonNull(attribution, "attribution");
    }
}
