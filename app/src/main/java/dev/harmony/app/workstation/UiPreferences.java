package dev.harmony.app.workstation;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's remembered preferences (theme, last tab, training epochs, export folder) in a small properties
 * file under the data directory, so they follow {@code HARMONY_HOME} and tests keep theirs in a temporary
 * folder. Written on every change; a file that cannot be read or written costs the preferences, never the window.
 */
public final class UiPreferences {
    /** The file's name in the data directory. */
    public static final String FILE_NAME = "workstation.properties";
    private static final Logger LOG = LoggerFactory.getLogger(UiPreferences.class);
    private final Path file;
    private final Properties values = new Properties();

    private UiPreferences(Path file) {
        this.file = file;
    }

    /** Preferences kept in {@code file}, read now if it exists. */
    public static UiPreferences in(Path file) {
        UiPreferences p = new UiPreferences(file);
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("could not read the window's preferences from {}; starting with defaults: {}", file, e.getMessage());
            }
        }
        return p;
    }

    /** Preferences that last as long as the process: for tests and throw-away windows. */
    public static UiPreferences inMemory() {
        return new UiPreferences(null);
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public synchronized int getInt(String key, int fallback) {
        try {
            return get(key).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public synchronized void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
        save();
    }

    /** Where the preferences are kept; empty for in-memory ones. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                values.store(out, "Harmony workstation preferences");
            }
        } catch (IOException e) {
            LOG.warn("could not save the window's preferences to {}: {}", file, e.getMessage());
        }
    }
}
