package dev.harmony.engine.audit;

import dev.harmony.engine.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * Runs store work in one transaction together with the audit entries that describe it, so a fact and
 * its entry are committed together or not at all. Each write is made durable before the call returns:
 * H2 otherwise keeps commits in memory for up to half a second, and a killed process would lose them.
 */
public final class AuditedTransactions {

    /** Work on an open connection that may append audit entries. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection, AuditWriter audit) throws SQLException;
    }

    /** Read-only work on an open connection. */
    @FunctionalInterface
    public interface Read<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final ReentrantLock writeLock = new ReentrantLock();

    /**
     * @param dataSource the Harmony store's database (schema from {@code db/migration}, V3 or later)
     * @param clock      stamps audit entries
     */
    public AuditedTransactions(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Runs the work in one transaction, commits it and flushes it to the file.
     *
     * @param what what is being done, for the error message, e.g. {@code "approve plan 'p1'"}
     */
    public <T> T write(String what, Work<T> work) {
        writeLock.lock();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c, (actor, action, payload) -> append(c, actor, action, payload));
                c.commit();
                checkpoint(c);
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not " + what + " in the Harmony store: " + plain(e), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs read-only work on a connection of its own. */
    public <T> T read(String what, Read<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("Could not " + what + " in the Harmony store: " + plain(e), e);
        }
    }

    /** Now on the store clock, to the microsecond, as audit entries and journal rows are stamped. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private AuditEntry append(Connection c, String actor, AuditAction action, Map<String, ?> payload) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        String text = AuditHashing.canonicalPayload(payload);
        try {
            long lastSeq;
            String lastHash;
            // The head row's lock makes concurrent writers take turns, also across store instances.
            try (PreparedStatement head = c.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
                    ResultSet rs = head.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("the audit head row is missing (schema V3 not applied?)");
                }
                lastSeq = rs.getLong(1);
                lastHash = rs.getString(2);
            }
            long seq = lastSeq + 1;
            Instant at = now();
            String hash = AuditHashing.hash(lastHash, seq, at, actor, action.code(), text);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO audit_log (seq, at, actor, action, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, seq);
                insert.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                insert.setString(3, actor);
                insert.setString(4, action.code());
                insert.setString(5, text);
                insert.setString(6, lastHash.isEmpty() ? null : lastHash);
                insert.setString(7, hash);
                insert.executeUpdate();
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                update.setLong(1, seq);
                update.setString(2, hash);
                update.executeUpdate();
            }
            return new AuditEntry(seq, at, actor, action.code(), text, lastHash, hash);
        } catch (SQLException e) {
            throw new StoreException("Could not append '" + action.code() + "' to the audit trail: " + plain(e), e);
        }
    }

    /** Writes committed pages to the file; in-memory stores have nothing to flush. */
    private static void checkpoint(Connection c) throws SQLException {
        if (!c.getMetaData().getURL().startsWith("jdbc:h2:mem:")) {
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT");
            }
        }
    }

    private static void rollback(Connection c, Throwable failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** H2's message without the SQL statement and error code it appends. */
    static String plain(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int sql = message.indexOf("; SQL statement:");
        if (sql >= 0) {
            message = message.substring(0, sql);
        }
        return message.replaceAll("\\s*\\[\\d+-\\d+]\\s*$", "").trim();
    }
}
