package dev.harmony.engine.store;

import dev.harmony.engine.model.InventorySnapshot;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Inventory snapshots as JSON in the {@code inventory_snapshot} table. */
final class H2InventoryStore implements InventoryStore {
    private final Jdbc jdbc;

    H2InventoryStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long save(InventorySnapshot snapshot) {
        String json = StoreJson.write(snapshot);
        return jdbc.inTransaction("save the inventory snapshot of " + snapshot.source(), c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO inventory_snapshot (source, taken_at, json) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, snapshot.source());
                insert.setObject(2, snapshot.takenAt());
                insert.setString(3, json);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Override
    public Optional<InventorySnapshot> find(long id) {
        return readOne("SELECT id, json FROM inventory_snapshot WHERE id = ?", id, "read inventory snapshot #" + id);
    }

    @Override
    public Optional<InventorySnapshot> latest(String source) {
        return readOne("SELECT id, json FROM inventory_snapshot WHERE source = ? ORDER BY taken_at DESC, id DESC LIMIT 1",
                source, "read the latest inventory snapshot of " + source);
    }

    @Override
    public List<SnapshotSummary> list() {
        return jdbc.inTransaction("list inventory snapshots", c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT id, source, taken_at FROM inventory_snapshot ORDER BY taken_at DESC, id DESC");
                 ResultSet rs = select.executeQuery()) {
                List<SnapshotSummary> summaries = new ArrayList<>();
                while (rs.next()) {
                    summaries.add(new SnapshotSummary(rs.getLong(1), rs.getString(2), rs.getObject(3, Instant.class)));
                }
                return summaries;
            }
        });
    }

    private Optional<InventorySnapshot> readOne(String sql, Object key, String what) {
        return jdbc.inTransaction(what, c -> {
            try (PreparedStatement select = c.prepareStatement(sql)) {
                select.setObject(1, key);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(StoreJson.read(rs.getString(2), InventorySnapshot.class,
                            "inventory snapshot #" + rs.getLong(1)));
                }
            }
        });
    }
}
