package dev.harmony.engine.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The folder that holds the user's Harmony data: the store and the logs.
 * {@code $HARMONY_HOME} wins everywhere; otherwise the platform's usual place for application data.
 *
 * @param root the data folder, absolute
 */
public record DataDirectory(Path root) {
    /** Environment variable that overrides the platform default, e.g. for a portable install or a test. */
    public static final String HARMONY_HOME = "HARMONY_HOME";

    public DataDirectory {
        root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    /** The data folder of the user running this JVM. */
    public static DataDirectory forCurrentUser() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    /**
     * The data folder for the given environment, operating system name (as in {@code os.name}) and home folder.
     */
    public static DataDirectory resolve(Map<String, String> env, String osName, Path home) {
        String override = nonBlank(env.get(HARMONY_HOME));
        if (override != null) {
            return new DataDirectory(home.resolve(override));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = nonBlank(env.get("APPDATA"));
            Path base = appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return new DataDirectory(base.resolve("Harmony"));
        }
        if (os.startsWith("mac")) {
            return new DataDirectory(home.resolve("Library").resolve("Application Support").resolve("Harmony"));
        }
        String xdg = nonBlank(env.get("XDG_DATA_HOME"));
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return new DataDirectory(base.resolve("harmony"));
    }

    /** The store's database file without H2's {@code .mv.db} suffix, for {@link HarmonyStore#openFile(Path)}. */
    public Path storePath() {
        return root.resolve("store").resolve("harmony");
    }

    /** The folder for log files. */
    public Path logDirectory() {
        return root.resolve("logs");
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
