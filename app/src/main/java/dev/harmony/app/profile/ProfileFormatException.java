package dev.harmony.app.profile;

import java.nio.file.Path;

/** The profile file is wrong; the message names the file, the line and the field. */
public final class ProfileFormatException extends ProfileException {
    private final Path file;
    private final int line;
    private final String field;
    private final String problem;

    public ProfileFormatException(Path file, int line, String field, String problem) {
        super(file + " line " + line + (field == null ? "" : ", field \"" + field + "\"") + ": " + problem);
        this.file = file;
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    /** What is wrong, without the file and line. */
    public String problem() {
        return problem;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** The field at fault, or null for a syntax error. */
    public String field() {
        return field;
    }
}
