package dev.harmony.engine.store;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.harmony.engine.model.Metric;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The dataset catalog in the store's {@code dataset} and {@code dataset_vm} tables. */
final class H2DatasetCatalog implements DatasetCatalog {
    private static final String COLUMNS = "name, format, origin, imported_at, vm_count, start_ts, end_ts, interval_s, "
            + "metrics, rows_read, repaired_rows, dropped_rows, notes";

    private final Jdbc jdbc;

    H2DatasetCatalog(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(DatasetInfo info, List<VmProfile> vms) {
        checkDataset(info, vms);
        jdbc.inTransaction("save dataset '" + info.name() + "'", c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM dataset WHERE name = ?")) {
                delete.setString(1, info.name());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO dataset (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, info.name());
                bindInfo(insert, info, 2);
                insert.executeUpdate();
            }
            insertVms(c, vms);
            return null;
        });
    }

    @Override
    public void update(DatasetInfo info, List<VmProfile> vms) {
        checkDataset(info, vms);
        jdbc.inTransaction("update dataset '" + info.name() + "'", c -> {
            refuseIntervalChangeUnderTelemetry(c, info);
            try (PreparedStatement update = c.prepareStatement("UPDATE dataset SET format = ?, origin = ?, imported_at = ?, "
                    + "vm_count = ?, start_ts = ?, end_ts = ?, interval_s = ?, metrics = ?, rows_read = ?, "
                    + "repaired_rows = ?, dropped_rows = ?, notes = ? WHERE name = ?")) {
                bindInfo(update, info, 1);
                update.setString(13, info.name());
                if (update.executeUpdate() == 0) {
                    throw new StoreException("There is no dataset '" + info.name() + "' in the Harmony store "
                            + jdbc.storeName() + " to update; save it first.");
                }
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM dataset_vm WHERE dataset = ?")) {
                delete.setString(1, info.name());
                delete.executeUpdate();
            }
            insertVms(c, vms);
            return null;
        });
    }

    @Override
    public Optional<DatasetInfo> find(String name) {
        List<DatasetInfo> found = query("SELECT " + COLUMNS + " FROM dataset WHERE name = ?", name, "read dataset '" + name + "'");
        return found.stream().findFirst();
    }

    @Override
    public List<DatasetInfo> list() {
        return query("SELECT " + COLUMNS + " FROM dataset ORDER BY name", null, "list datasets");
    }

    @Override
    public List<VmProfile> vms(String dataset) {
        return jdbc.inTransaction("read the VMs of dataset '" + dataset + "'", c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT vm_id, vcpus, cpu_mhz, memory_mib, rows FROM dataset_vm WHERE dataset = ? ORDER BY vm_id")) {
                select.setString(1, dataset);
                List<VmProfile> vms = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        vms.add(new VmProfile(dataset, rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                    }
                }
                return vms;
            }
        });
    }

    @Override
    public boolean delete(String name) {
        return jdbc.inTransaction("delete dataset '" + name + "'", c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM dataset WHERE name = ?")) {
                delete.setString(1, name);
                return delete.executeUpdate() > 0;
            }
        });
    }

    private static void checkDataset(DatasetInfo info, List<VmProfile> vms) {
        // Telemetry is cut into UTC days, so the interval must divide a day.
        if (info.intervalS() <= 0 || DayGrid.DAY_S % info.intervalS() != 0) {
            throw new IllegalArgumentException("dataset '" + info.name() + "': interval " + info.intervalS()
                    + " s must be positive and divide a day (e.g. 60 or 300)");
        }
        for (VmProfile vm : vms) {
            if (!vm.dataset().equals(info.name())) {
                throw new IllegalArgumentException("VM " + vm.vmId() + " belongs to dataset '" + vm.dataset()
                        + "', not to '" + info.name() + "'");
            }
        }
    }

    /** Binds every column but the name, starting at {@code first}. */
    private static void bindInfo(PreparedStatement statement, DatasetInfo info, int first) throws SQLException {
        int i = first;
        statement.setString(i++, info.format());
        statement.setString(i++, info.origin());
        statement.setObject(i++, info.importedAt());
        statement.setInt(i++, info.vmCount());
        statement.setObject(i++, info.start());
        statement.setObject(i++, info.end());
        statement.setInt(i++, info.intervalS());
        statement.setString(i++, StoreJson.write(info.metrics().stream().sorted().map(Metric::name).toList()));
        statement.setLong(i++, info.rowsRead());
        statement.setLong(i++, info.repairedRows());
        statement.setLong(i++, info.droppedRows());
        statement.setString(i, StoreJson.write(info.notes()));
    }

    /** Stored chunks are read at the dataset's interval, so it cannot change once telemetry is there. */
    private void refuseIntervalChangeUnderTelemetry(Connection c, DatasetInfo info) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT MIN(step_s) FROM telemetry_chunk WHERE dataset = ? AND step_s <> ?")) {
            select.setString(1, info.name());
            select.setInt(2, info.intervalS());
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                int stored = rs.getInt(1);
                if (!rs.wasNull()) {
                    throw new StoreException("Dataset '" + info.name() + "' holds telemetry at " + stored
                            + " s steps; its interval cannot change to " + info.intervalS() + " s. Save it anew instead.");
                }
            }
        }
    }

    private static void insertVms(Connection c, List<VmProfile> vms) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO dataset_vm (dataset, vm_id, vcpus, cpu_mhz, memory_mib, rows) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (VmProfile vm : vms) {
                insert.setString(1, vm.dataset());
                insert.setString(2, vm.vmId());
                insert.setInt(3, vm.vcpus());
                insert.setLong(4, vm.cpuCapacityMhz());
                insert.setLong(5, vm.memoryMib());
                insert.setLong(6, vm.rows());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private List<DatasetInfo> query(String sql, String name, String what) {
        return jdbc.inTransaction(what, c -> {
            try (PreparedStatement select = c.prepareStatement(sql)) {
                if (name != null) {
                    select.setString(1, name);
                }
                List<DatasetInfo> infos = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        infos.add(readInfo(rs));
                    }
                }
                return infos;
            }
        });
    }

    private static DatasetInfo readInfo(ResultSet rs) throws SQLException {
        String name = rs.getString("name");
        List<String> metricNames = StoreJson.read(rs.getString("metrics"), new TypeReference<List<String>>() { },
                "the metrics of dataset '" + name + "'");
        Set<Metric> metrics = metricNames.stream().map(Metric::valueOf).collect(java.util.stream.Collectors.toSet());
        List<String> notes = StoreJson.read(rs.getString("notes"), new TypeReference<List<String>>() { },
                "the notes of dataset '" + name + "'");
        return new DatasetInfo(name, rs.getString("format"), rs.getString("origin"),
                rs.getObject("imported_at", Instant.class), rs.getInt("vm_count"),
                rs.getObject("start_ts", Instant.class), rs.getObject("end_ts", Instant.class), rs.getInt("interval_s"),
                metrics, rs.getLong("rows_read"), rs.getLong("repaired_rows"), rs.getLong("dropped_rows"), notes);
    }
}
