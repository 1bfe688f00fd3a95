package dev.harmony.connectors.lab.trace;

/**
 * A trace file the lab cannot use at all (empty, header only, bad header, too many unreadable rows).
 * The message names the file, the line (0 when the whole file is meant), what was wrong and what
 * was expected. Unchecked so that loaders can skip a rejected file and report it.
 */
public class TraceFormatException extends RuntimeException {
    private final String file;
    private final int line;

    public TraceFormatException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public TraceFormatException(String file, int line, String problem, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    /** The file that was rejected. */
    public String file() {
        return file;
    }

    /** The 1-based line the problem was found on, 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }
}
