package dev.harmony.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lab names: lower-case letters, digits and dashes, so they work in commands, files and URLs alike. */
final class LabNames {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private LabNames() {
    }

    static String fromPath(Path folder) {
        Path file = folder.toAbsolutePath().normalize().getFileName();
        String base = file == null ? "lab" : file.toString().replaceFirst("\\.zip$", "");
        String cleaned = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return cleaned.isEmpty() ? "lab" : cleaned;
    }

    static void requireValid(String name) {
        if (!VALID.matcher(name).matches()) {
            throw new UserError("lab name '" + name + "' is not valid: use 1–63 lower-case letters, digits and dashes, starting with a letter or digit");
        }
    }
}
