package dev.harmony.engine.store;

import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.model.TimeSeries;
import java.util.List;

/**
 * Compact telemetry storage: regular series cut into day-long chunks, stored compressed.
 */
public interface TelemetryStore {

    /**
     * Stores series of a dataset; where a chunk already exists its measured values are replaced by
     * the new ones where the new ones are present. All or nothing per call.
     */
    void write(String dataset, List<TimeSeries> series);

    /** Reads series of a dataset cut to the query's window, one per VM and metric present. */
    List<TimeSeries> read(String dataset, MetricQuery query);

    /** Stored size of a dataset's telemetry in bytes (compressed chunks). */
    long storedBytes(String dataset);
}
