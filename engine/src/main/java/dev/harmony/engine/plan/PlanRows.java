package dev.harmony.engine.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The SQL behind {@link JdbcPlanLifecycle}: rows of {@code plan}, {@code approval} and {@code plan_schedule}. */
final class PlanRows {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String SELECT = "SELECT p.id, p.status, p.json, a.approved_by, a.approved_at, a.comment, a.move_ids,"
            + " s.window_start, s.window_end FROM plan p"
            + " LEFT JOIN approval a ON a.plan_id = p.id"
            + " LEFT JOIN plan_schedule s ON s.plan_id = p.id";
    private final PlanCodec codec;

    PlanRows(PlanCodec codec) {
        this.codec = codec;
    }

    /** Inserts the plan and returns the JSON it was stored as. */
    String insert(Connection c, MigrationPlan plan, PlanStatus status) throws SQLException {
        String json = codec.write(plan);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO plan (id, created_at, status, json) VALUES (?, ?, ?, ?)")) {
            s.setString(1, plan.id());
            s.setObject(2, utc(plan.createdAt()));
            s.setString(3, status.name());
            s.setString(4, json);
            s.executeUpdate();
        }
        return json;
    }

    void updateStatus(Connection c, String planId, PlanStatus status) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE plan SET status = ? WHERE id = ?")) {
            s.setString(1, status.name());
            s.setString(2, planId);
            s.executeUpdate();
        }
    }

    void insertApproval(Connection c, Approval a) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO approval (plan_id, approved_by, approved_at, comment, move_ids) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, a.planId());
            s.setString(2, a.approvedBy());
            s.setObject(3, utc(a.approvedAt()));
            s.setString(4, a.comment());
            s.setString(5, JSON.writeValueAsString(a.moveIds()));
            s.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the approved move ids as JSON", e);
        }
    }

    void insertSchedule(Connection c, String planId, ScheduleWindow w, String actor, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("MERGE INTO plan_schedule (plan_id, window_start, window_end, scheduled_by,"
                + " scheduled_at) KEY (plan_id) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, planId);
            s.setObject(2, utc(w.start()));
            s.setObject(3, utc(w.end()));
            s.setString(4, actor);
            s.setObject(5, utc(at));
            s.executeUpdate();
        }
    }

    Optional<StoredPlan> find(Connection c, String planId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE p.id = ?")) {
            s.setString(1, planId);
            List<StoredPlan> found = read(s);
            return found.stream().findFirst();
        }
    }

    List<StoredPlan> list(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SELECT + " ORDER BY p.created_at DESC, p.id")) {
            return read(s);
        }
    }

    private List<StoredPlan> read(PreparedStatement s) throws SQLException {
        List<StoredPlan> plans = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                MigrationPlan plan = codec.read(rs.getString(3), "plan " + id + " in the store");
                PlanStatus status = status(id, rs.getString(2));
                Optional<Approval> approval = rs.getString(4) == null ? Optional.empty()
                        : Optional.of(new Approval(id, rs.getString(4), instant(rs, 5), rs.getString(6), moveIds(rs.getString(7))));
                Optional<ScheduleWindow> window = rs.getObject(8) == null ? Optional.empty()
                        : Optional.of(new ScheduleWindow(instant(rs, 8), instant(rs, 9)));
                plans.add(new StoredPlan(plan, status, approval, window));
            }
        }
        return plans;
    }

    private static PlanStatus status(String planId, String stored) {
        try {
            return PlanStatus.valueOf(stored);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("plan " + planId + " has status '" + stored + "' in the store, which this Harmony does not know", e);
        }
    }

    private static Set<String> moveIds(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Set<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the approved move ids in the store are not a JSON array: " + json, e);
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
