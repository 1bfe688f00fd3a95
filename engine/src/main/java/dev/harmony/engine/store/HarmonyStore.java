package dev.harmony.engine.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Harmony's embedded store: one H2 database, its schema kept current by Flyway on open. Safe to use
 * from several threads at once; each call runs in its own transaction on a pooled connection.
 * Close it to release the file so that another Harmony can open it.
 */
public final class HarmonyStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HarmonyStore.class);
    // A long import may hold row locks for seconds; others wait this long (ms) rather than fail at H2's default of 1 s.
    private static final String OPTIONS = ";LOCK_TIMEOUT=30000";

    private final JdbcConnectionPool pool;
    private volatile boolean compactOnClose;
    private final String shownName;
    private final Path location;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final DatasetCatalog datasets;
    private final TelemetryStore telemetry;
    private final InventoryStore inventory;
    private final ModelStore models;
    private final PlanStore plans;

    private HarmonyStore(JdbcConnectionPool pool, String shownName, Path location) {
        this.pool = pool;
        this.shownName = shownName;
        this.location = location;
        Jdbc jdbc = new Jdbc(pool, shownName);
        this.datasets = new H2DatasetCatalog(jdbc);
        this.telemetry = new H2TelemetryStore(jdbc);
        this.inventory = new H2InventoryStore(jdbc);
        this.models = new H2ModelStore(jdbc, Clock.systemUTC());
        this.plans = new H2PlanStore(jdbc);
    }

    /**
     * Opens (or creates) the store in a file; H2 adds {@code .mv.db} to the name.
     *
     * @param databaseFileWithoutSuffix e.g. {@link DataDirectory#storePath()}
     * @throws StoreException when the file is in use by another Harmony, is not a Harmony store, or cannot be written
     */
    public static HarmonyStore openFile(Path databaseFileWithoutSuffix) {
        Path path = databaseFileWithoutSuffix.toAbsolutePath().normalize();
        String shown = path + ".mv.db";
        StoreOpening.prepareFolder(path, shown);
        return open("jdbc:h2:file:" + path + OPTIONS, shown, path);
    }

    /** Opens an in-memory store, for tests and demos; closing it discards its content. */
    public static HarmonyStore inMemory(String name) {
        if (name == null || name.isBlank() || name.indexOf(';') >= 0) {
            throw new IllegalArgumentException("in-memory store name must be non-blank and free of ';': " + name);
        }
        return open("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + OPTIONS, "memory:" + name, null);
    }

    private static HarmonyStore open(String url, String shown, Path location) {
        JdbcConnectionPool pool = StoreOpening.connect(url, shown);
        try {
            StoreOpening.migrate(pool, shown);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        LOG.info("Opened the Harmony store {}", shown);
        return new HarmonyStore(pool, shown, location);
    }

    public DatasetCatalog datasets() {
        return datasets;
    }

    public TelemetryStore telemetry() {
        return telemetry;
    }

    public InventoryStore inventory() {
        return inventory;
    }

    public ModelStore models() {
        return models;
    }

    public PlanStore plans() {
        return plans;
    }

    /**
     * The store's connections, for feature packages that own their tables and their SQL (health
     * history, the execution journal), so the store does not depend on the features above it.
     */
    public javax.sql.DataSource dataSource() {
        return pool;
    }

    /** The database file without H2's suffix, as given to {@link #openFile}; empty for an in-memory store. */
    public Optional<Path> location() {
        return Optional.ofNullable(location);
    }

    /**
     * Asks {@link #close()} to rewrite the file without the space freed by large writes or deletes (H2's
     * {@code SHUTDOWN COMPACT}); worth its seconds after an import, not after every command.
     */
    public void compactOnClose() {
        compactOnClose = true;
    }

    /** Reopens the closed file alone and shuts it down compacted; a plain JDBC connection, as the pool is gone. */
    private void compact() {
        long t0 = System.nanoTime();
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + location + OPTIONS, "sa", "");
                Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            LOG.warn("Could not compact the store {}: {}", shownName, e.getMessage());
        }
        LOG.info("Compacted the store {} in {} ms", shownName, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Closes every connection; the file is released (or the in-memory database dropped). Closing twice does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (location == null) {
            // A named in-memory database outlives its connections (DB_CLOSE_DELAY=-1) until it is shut down.
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                LOG.warn("Could not shut down the in-memory store {}: {}", shownName, e.getMessage());
            }
        }
        pool.dispose();
        if (location != null && compactOnClose) {
            compact();
        }
        LOG.info("Closed the Harmony store {}", shownName);
    }
}
