package dev.harmony.engine.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the database behind a {@link HarmonyStore} and brings its schema up to date, turning every
 * way that can fail (file in use, not an H2 file, another program's database) into a plain message.
 */
final class StoreOpening {
    private static final Logger LOG = LoggerFactory.getLogger(StoreOpening.class);
    private static final int MAX_CONNECTIONS = 8;
    private static final String HISTORY_TABLE = "flyway_schema_history";

    private StoreOpening() {
    }

    static void prepareFolder(Path database, String shown) {
        if (database.toString().indexOf(';') >= 0) {
            throw new StoreException("The Harmony store cannot live at " + shown + ": its path must not contain ';'.");
        }
        if (Files.isDirectory(Path.of(shown))) {
            throw new StoreException("The Harmony store " + shown + " is a folder, not a database file. "
                    + "Move it aside or choose another location for the store.");
        }
        try {
            Files.createDirectories(database.getParent());
        } catch (IOException e) {
            throw new StoreException("Could not create the folder " + database.getParent() + " for the Harmony store: " + e, e);
        }
    }

    /** A pool on the database, after one connection proved it opens. */
    static JdbcConnectionPool connect(String url, String shown) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        try (Connection probe = pool.getConnection()) {
            LOG.debug("Opened {} ({})", shown, probe.getMetaData().getDatabaseProductVersion());
            return pool;
        } catch (SQLException e) {
            pool.dispose();
            throw whyItDidNotOpen(e, shown);
        }
    }

    /** Applies the schema migrations under {@code db/migration}, after checking the database is Harmony's. */
    static void migrate(JdbcConnectionPool pool, String shown) {
        refuseForeignDatabase(pool, shown);
        try {
            MigrateResult result = Flyway.configure(StoreOpening.class.getClassLoader())
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .table(HISTORY_TABLE)
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Harmony store {} migrated to schema version {}", shown, result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            throw new StoreException("Could not bring the Harmony store " + shown + " up to date: " + e.getMessage(), e);
        }
    }

    /** An H2 database with tables but without Harmony's schema history belongs to some other program. */
    private static void refuseForeignDatabase(JdbcConnectionPool pool, String shown) {
        try (Connection c = pool.getConnection();
             PreparedStatement tables = c.prepareStatement("SELECT COUNT(*), "
                     + "COUNT(CASE WHEN LOWER(TABLE_NAME) = ? THEN 1 END) FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            tables.setString(1, HISTORY_TABLE);
            try (ResultSet rs = tables.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0 && rs.getLong(2) == 0) {
                    throw new StoreException("The file " + shown + " holds a database of another program, not a Harmony store. "
                            + "Choose another location for the store.");
                }
            }
        } catch (SQLException e) {
            throw whyItDidNotOpen(e, shown);
        }
    }

    static StoreException whyItDidNotOpen(SQLException e, String shown) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new StoreException("The Harmony store " + shown
                    + " is in use by another program, probably another Harmony that is still running. "
                    + "Close it and try again.", e);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.FILE_ENCRYPTION_ERROR_1,
                    ErrorCode.WRONG_USER_OR_PASSWORD -> notAStore(e, shown, " (" + Jdbc.plain(e) + ")");
            // H2 says only "IO Exception: <file>" here, so the detail would just repeat the name.
            case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2, ErrorCode.GENERAL_ERROR_1 ->
                    Files.isRegularFile(Path.of(shown)) && !Files.isWritable(Path.of(shown))
                            ? new StoreException("The Harmony store " + shown + " cannot be written; check the file's permissions.", e)
                            : notAStore(e, shown, "");
            default -> new StoreException("Could not open the Harmony store " + shown + ": " + Jdbc.plain(e), e);
        };
    }

    private static StoreException notAStore(SQLException e, String shown, String detail) {
        return new StoreException("The file " + shown + " is not a Harmony store, or it is damaged" + detail
                + ". Move it aside to start a new store, or restore it from a backup.", e);
    }
}
