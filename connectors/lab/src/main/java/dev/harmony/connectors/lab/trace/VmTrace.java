package dev.harmony.connectors.lab.trace;

import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One VM read from one trace file: its provisioned size and its series on the 300 s grid.
 *
 * @param vmId           VM id derived from the file name
 * @param file           the file it was read from
 * @param format         the trace format
 * @param vcpus          provisioned vCPUs (modal non-zero value)
 * @param cpuCapacityMhz provisioned CPU in MHz (modal non-zero value)
 * @param memoryMib      provisioned memory in MiB (modal non-zero value, KB read as KiB)
 * @param sizeSynthetic  true when the trace has no size and the values above were assigned by the lab
 * @param series         one series per metric, all on the same grid
 * @param report         what parsing found and did
 */
public record VmTrace(
        String vmId,
        String file,
        TraceFormat format,
        int vcpus,
        long cpuCapacityMhz,
        long memoryMib,
        boolean sizeSynthetic,
        Map<Metric, TimeSeries> series,
        ParseReport report) {

    public VmTrace {
        Objects.requireNonNull(vmId, "vmId");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        if (series.isEmpty()) {
            throw new IllegalArgumentException("VM " + vmId + " from " + file + " has no series");
        }
        series = Collections.unmodifiableMap(new EnumMap<>(series));
        Objects.requireNonNull(report, "report");
    }
}
