package dev.harmony.engine.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** Trained models in the {@code model} table, versioned per name. */
final class H2ModelStore implements ModelStore {
    private static final String INFO_COLUMNS = "name, version, created_at, kind, meta, OCTET_LENGTH(bytes)";

    private final Jdbc jdbc;
    private final Clock clock;
    // Serialises saves so two threads never pick the same next version of a name.
    private final Object saveLock = new Object();

    H2ModelStore(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public ModelInfo save(String name, String kind, Map<String, String> meta, byte[] bytes) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("model name must not be blank");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(bytes, "bytes");
        String metaJson = StoreJson.write(new TreeMap<>(meta));
        synchronized (saveLock) {
            return jdbc.inTransaction("save model '" + name + "'", c -> {
                int version;
                try (PreparedStatement max = c.prepareStatement("SELECT COALESCE(MAX(version), 0) FROM model WHERE name = ?")) {
                    max.setString(1, name);
                    try (ResultSet rs = max.executeQuery()) {
                        rs.next();
                        version = rs.getInt(1) + 1;
                    }
                }
                Instant now = clock.instant();
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO model (name, version, created_at, kind, meta, bytes) VALUES (?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, name);
                    insert.setInt(2, version);
                    insert.setObject(3, now);
                    insert.setString(4, kind);
                    insert.setString(5, metaJson);
                    insert.setBytes(6, bytes);
                    insert.executeUpdate();
                }
                return new ModelInfo(name, version, now, kind, meta, bytes.length);
            });
        }
    }

    @Override
    public Optional<StoredModel> latest(String name) {
        return readModel("SELECT " + INFO_COLUMNS + ", bytes FROM model WHERE name = ? ORDER BY version DESC LIMIT 1",
                name, null, "read model '" + name + "'");
    }

    @Override
    public Optional<StoredModel> find(String name, int version) {
        return readModel("SELECT " + INFO_COLUMNS + ", bytes FROM model WHERE name = ? AND version = ?",
                name, version, "read model '" + name + "' version " + version);
    }

    @Override
    public List<ModelInfo> versions(String name) {
        return jdbc.inTransaction("list versions of model '" + name + "'", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + INFO_COLUMNS + " FROM model WHERE name = ? ORDER BY version")) {
                select.setString(1, name);
                List<ModelInfo> infos = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        infos.add(readInfo(rs));
                    }
                }
                return infos;
            }
        });
    }

    private Optional<StoredModel> readModel(String sql, String name, Integer version, String what) {
        return jdbc.inTransaction(what, c -> {
            try (PreparedStatement select = c.prepareStatement(sql)) {
                select.setString(1, name);
                if (version != null) {
                    select.setInt(2, version);
                }
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(new StoredModel(readInfo(rs), rs.getBytes(7))) : Optional.empty();
                }
            }
        });
    }

    private static ModelInfo readInfo(ResultSet rs) throws SQLException {
        String name = rs.getString(1);
        int version = rs.getInt(2);
        Map<String, String> meta = StoreJson.read(rs.getString(5), new TypeReference<Map<String, String>>() { },
                "the metadata of model '" + name + "' version " + version);
        return new ModelInfo(name, version, rs.getObject(3, Instant.class), rs.getString(4), meta, rs.getLong(6));
    }
}
