package dev.harmony.engine.health;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Health history in the {@code health_history} table of the Harmony store (migration
 * {@code V2__health_history.sql}): the index as a column for queries, the breakdown as JSON. A report is
 * written in one transaction, all of it or none.
 */
public final class JdbcHealthHistory implements HealthHistory {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final DataSource dataSource;

    public JdbcHealthHistory(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public void record(String source, String poolId, HealthReport report) {
        List<HealthRecord> rows = HealthHistory.rows(source, poolId, report);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO health_history "
                    + "(source, scope, subject, at, health_index, breakdown) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (HealthRecord r : rows) {
                    insert.setString(1, r.source());
                    insert.setString(2, r.scope().name());
                    insert.setString(3, r.subject());
                    insert.setObject(4, OffsetDateTime.ofInstant(r.at(), ZoneOffset.UTC));
                    insert.setDouble(5, r.score().index());
                    insert.setString(6, JSON.writeValueAsString(r.score()));
                    insert.addBatch();
                }
                insert.executeBatch();
                c.commit();
            } catch (SQLException | JsonProcessingException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not record the health of " + source + " at " + report.at() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<HealthRecord> list(String source, HealthScope scope, String subject, Instant from, Instant to) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT at, breakdown FROM health_history "
                        + "WHERE source = ? AND scope = ? AND subject = ? AND at >= ? AND at < ? ORDER BY at, id")) {
            select.setString(1, source);
            select.setString(2, scope.name());
            select.setString(3, subject);
            select.setObject(4, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            select.setObject(5, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
            List<HealthRecord> out = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    out.add(new HealthRecord(source, scope, subject, rs.getObject(1, OffsetDateTime.class).toInstant(),
                            JSON.readValue(rs.getString(2), HealthScore.class)));
                }
            }
            return out;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not read the health history of " + scope + " " + subject + ": " + e.getMessage(), e);
        }
    }
}
