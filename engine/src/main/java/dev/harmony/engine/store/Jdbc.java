package dev.harmony.engine.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs store work on a pooled connection, one transaction per call, and turns SQL failures into
 * {@link StoreException}s that name the store, so callers never see a raw {@link SQLException}.
 */
final class Jdbc {

    /** A piece of work on an open connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final String storeName;

    Jdbc(DataSource dataSource, String storeName) {
        this.dataSource = dataSource;
        this.storeName = storeName;
    }

    /** The store as messages name it: its file, or {@code memory:<name>}. */
    String storeName() {
        return storeName;
    }

    /**
     * Runs the work in one transaction: all of it is committed, or none of it when it throws.
     *
     * @param what what is being done, for the error message, e.g. {@code "save dataset 'rnd'"}
     */
    <T> T inTransaction(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not " + what + " in the Harmony store " + storeName + ": " + plain(e), e);
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

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
