package dev.harmony.engine.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plans as JSON documents in the {@code plan} table. */
final class H2PlanStore implements PlanStore {
    private final Jdbc jdbc;

    H2PlanStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(PlanDocument plan) {
        jdbc.inTransaction("save plan '" + plan.id() + "'", c -> {
            try (PreparedStatement merge = c.prepareStatement(
                    "MERGE INTO plan (id, created_at, status, json) KEY (id) VALUES (?, ?, ?, ?)")) {
                merge.setString(1, plan.id());
                merge.setObject(2, plan.createdAt());
                merge.setString(3, plan.status());
                merge.setString(4, plan.json());
                merge.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<PlanDocument> find(String id) {
        List<PlanDocument> found = query("SELECT id, created_at, status, json FROM plan WHERE id = ?", id, "read plan '" + id + "'");
        return found.stream().findFirst();
    }

    @Override
    public List<PlanDocument> list() {
        return query("SELECT id, created_at, status, json FROM plan ORDER BY created_at DESC, id", null, "list plans");
    }

    @Override
    public boolean updateStatus(String id, String status) {
        if (status == null || status.isBlank()) {
            throw new IllegalArgumentException("plan " + id + ": status must not be blank");
        }
        return jdbc.inTransaction("change the status of plan '" + id + "'", c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE plan SET status = ? WHERE id = ?")) {
                update.setString(1, status);
                update.setString(2, id);
                return update.executeUpdate() > 0;
            }
        });
    }

    private List<PlanDocument> query(String sql, String id, String what) {
        return jdbc.inTransaction(what, c -> {
            try (PreparedStatement select = c.prepareStatement(sql)) {
                if (id != null) {
                    select.setString(1, id);
                }
                List<PlanDocument> plans = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        plans.add(read(rs));
                    }
                }
                return plans;
            }
        });
    }

    private static PlanDocument read(ResultSet rs) throws SQLException {
        return new PlanDocument(rs.getString(1), rs.getObject(2, Instant.class), rs.getString(3), rs.getString(4));
    }
}
