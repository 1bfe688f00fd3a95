package dev.harmony.app;

import dev.harmony.engine.store.DataDirectory;
import java.nio.file.Path;

/** Points Logback at the data directory's log folder; must run before the first logger is created. */
final class LogSetup {
    private LogSetup() {
    }

    /**
     * @param dataDirectory where the log folder is
     * @param verbose       true to show INFO lines on the console too (otherwise warnings and errors only)
     * @return the log file
     */
    static Path configure(DataDirectory dataDirectory, boolean verbose) {
        Path logDir = dataDirectory.logDirectory();
        System.setProperty("harmony.log.dir", logDir.toString());
        System.setProperty("harmony.console.level", verbose ? "INFO" : "WARN");
        return logDir.resolve("harmony.log");
    }
}
