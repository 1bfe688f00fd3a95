package dev.harmony.engine.store;

import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Telemetry in the {@code telemetry_chunk} table: one compressed row per VM, metric and UTC day
 * (docs/decisions/0002-telemetry-storage.md).
 */
final class H2TelemetryStore implements TelemetryStore {
    private static final int BATCH = 500;
    private static final Comparator<SeriesKey> BY_VM_THEN_METRIC =
            Comparator.comparing(SeriesKey::vmId).thenComparing(SeriesKey::metric);

    private final Jdbc jdbc;
    // Writes read a chunk, merge and write it back, so two concurrent writes could lose each other's values.
    private final ReentrantLock writeLock = new ReentrantLock();

    H2TelemetryStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void write(String dataset, List<TimeSeries> series) {
        // Checking and cutting happen before the transaction so a bad series changes nothing.
        Map<SeriesKey, TreeMap<Long, float[]>> days = new LinkedHashMap<>();
        Map<SeriesKey, Integer> steps = new LinkedHashMap<>();
        for (TimeSeries s : series) {
            int stepS = DayGrid.stepSeconds(s);
            SeriesKey key = new SeriesKey(s.vmId(), s.metric());
            steps.putIfAbsent(key, stepS);
            TreeMap<Long, float[]> byDay = days.computeIfAbsent(key, k -> new TreeMap<>());
            DayGrid.cut(s, stepS).forEach((day, values) -> byDay.merge(day, values, H2TelemetryStore::overlay));
        }
        writeLock.lock();
        try {
            jdbc.inTransaction("write telemetry of dataset '" + dataset + "'", c -> {
                int intervalS = intervalOf(c, dataset);
                steps.forEach((key, stepS) -> {
                    if (stepS != intervalS) {
                        throw new IllegalArgumentException("dataset '" + dataset + "' holds " + intervalS + " s series; "
                                + key.vmId() + " " + key.metric() + " has a " + stepS + " s step");
                    }
                });
                writeChunks(c, dataset, intervalS, days);
                return null;
            });
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public List<TimeSeries> read(String dataset, MetricQuery query) {
        return jdbc.inTransaction("read telemetry of dataset '" + dataset + "'", c -> {
            int stepS = intervalOf(c, dataset);
            long from = query.from().getEpochSecond();
            long to = query.to().getEpochSecond() + (query.to().getNano() > 0 ? 1 : 0);
            // The series cover every step interval that overlaps the window.
            long gridStart = from - Math.floorMod(from, stepS);
            long gridEnd = to + Math.floorMod(-to, stepS);
            int n = Math.toIntExact((gridEnd - gridStart) / stepS);
            Map<SeriesKey, float[]> assembled = new TreeMap<>(BY_VM_THEN_METRIC);
            try (PreparedStatement select = c.prepareStatement(selectChunks(query))) {
                int p = 1;
                select.setString(p++, dataset);
                select.setLong(p++, DayGrid.dayOf(gridStart));
                select.setLong(p++, gridEnd);
                for (String vm : query.vmIds()) {
                    select.setString(p++, vm);
                }
                for (Metric metric : query.metrics()) {
                    select.setString(p++, metric.name());
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        SeriesKey key = new SeriesKey(rs.getString(1), Metric.valueOf(rs.getString(2)));
                        float[] values = assembled.computeIfAbsent(key, k -> DayGrid.nanArray(n));
                        float[] chunk = decode(rs, dataset, key);
                        copyOverlap(chunk, rs.getLong(3), stepS, values, gridStart);
                    }
                }
            }
            List<TimeSeries> result = new ArrayList<>(assembled.size());
            Instant start = Instant.ofEpochSecond(gridStart);
            Duration step = Duration.ofSeconds(stepS);
            assembled.forEach((key, values) -> result.add(new TimeSeries(key.vmId(), key.metric(), start, step, values)));
            return result;
        });
    }

    @Override
    public long storedBytes(String dataset) {
        return jdbc.inTransaction("measure telemetry of dataset '" + dataset + "'", c -> {
            try (PreparedStatement sum = c.prepareStatement(
                    "SELECT COALESCE(SUM(OCTET_LENGTH(payload)), 0) FROM telemetry_chunk WHERE dataset = ?")) {
                sum.setString(1, dataset);
                try (ResultSet rs = sum.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private void writeChunks(Connection c, String dataset, int stepS, Map<SeriesKey, TreeMap<Long, float[]>> days)
            throws SQLException {
        try (PreparedStatement existing = c.prepareStatement("SELECT day_start, n, payload FROM telemetry_chunk "
                + "WHERE dataset = ? AND vm_id = ? AND metric = ? AND day_start BETWEEN ? AND ?");
             PreparedStatement merge = c.prepareStatement("MERGE INTO telemetry_chunk "
                     + "(dataset, vm_id, metric, day_start, step_s, n, payload) KEY (dataset, vm_id, metric, day_start) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (var entry : days.entrySet()) {
                SeriesKey key = entry.getKey();
                TreeMap<Long, float[]> byDay = entry.getValue();
                if (byDay.isEmpty()) {
                    continue;
                }
                keepOldValuesWhereNewAreMissing(existing, dataset, key, byDay);
                for (var day : byDay.entrySet()) {
                    merge.setString(1, dataset);
                    merge.setString(2, key.vmId());
                    merge.setString(3, key.metric().name());
                    merge.setLong(4, day.getKey());
                    merge.setInt(5, stepS);
                    merge.setInt(6, day.getValue().length);
                    merge.setBytes(7, ChunkCodec.encode(day.getValue()));
                    merge.addBatch();
                    if (++pending == BATCH) {
                        merge.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                merge.executeBatch();
            }
        }
    }

    private void keepOldValuesWhereNewAreMissing(PreparedStatement existing, String dataset, SeriesKey key,
            TreeMap<Long, float[]> byDay) throws SQLException {
        existing.setString(1, dataset);
        existing.setString(2, key.vmId());
        existing.setString(3, key.metric().name());
        existing.setLong(4, byDay.firstKey());
        existing.setLong(5, byDay.lastKey());
        try (ResultSet rs = existing.executeQuery()) {
            while (rs.next()) {
                float[] fresh = byDay.get(rs.getLong(1));
                if (fresh != null) {
                    float[] old = ChunkCodec.decode(rs.getBytes(3), rs.getInt(2));
                    byDay.put(rs.getLong(1), overlay(old, fresh));
                }
            }
        } catch (IllegalArgumentException e) {
            throw damaged(dataset, key, e);
        }
    }

    /** The older values with every present newer value laid over them. */
    private static float[] overlay(float[] older, float[] newer) {
        float[] merged = older.clone();
        for (int i = 0; i < newer.length; i++) {
            if (!Float.isNaN(newer[i])) {
                merged[i] = newer[i];
            }
        }
        return merged;
    }

    private static void copyOverlap(float[] chunk, long dayStart, int stepS, float[] values, long gridStart) {
        long first = Math.max(0, (gridStart - dayStart) / stepS);
        long last = Math.min(chunk.length, (gridStart + (long) values.length * stepS - dayStart) / stepS);
        for (long j = first; j < last; j++) {
            values[(int) ((dayStart + j * stepS - gridStart) / stepS)] = chunk[(int) j];
        }
    }

    private float[] decode(ResultSet rs, String dataset, SeriesKey key) throws SQLException {
        try {
            return ChunkCodec.decode(rs.getBytes(6), rs.getInt(5));
        } catch (IllegalArgumentException e) {
            throw damaged(dataset, key, e);
        }
    }

    private StoreException damaged(String dataset, SeriesKey key, IllegalArgumentException e) {
        return new StoreException("Telemetry of " + key.vmId() + " " + key.metric() + " in dataset '" + dataset
                + "' is damaged in the Harmony store " + jdbc.storeName() + ": " + e.getMessage(), e);
    }

    private static String selectChunks(MetricQuery query) {
        StringBuilder sql = new StringBuilder("SELECT vm_id, metric, day_start, step_s, n, payload FROM telemetry_chunk "
                + "WHERE dataset = ? AND day_start >= ? AND day_start < ?");
        if (!query.vmIds().isEmpty()) {
            sql.append(" AND vm_id IN (").append("?, ".repeat(query.vmIds().size() - 1)).append("?)");
        }
        if (!query.metrics().isEmpty()) {
            sql.append(" AND metric IN (").append("?, ".repeat(query.metrics().size() - 1)).append("?)");
        }
        return sql.toString();
    }

    private int intervalOf(Connection c, String dataset) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT interval_s FROM dataset WHERE name = ?")) {
            select.setString(1, dataset);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("There is no dataset '" + dataset + "' in the Harmony store "
                            + jdbc.storeName() + "; save it in the catalog before its telemetry.");
                }
                return rs.getInt(1);
            }
        }
    }

    /** One series' identity within a dataset. */
    private record SeriesKey(String vmId, Metric metric) {
    }
}
