package dev.harmony.engine.plan;

/**
 * A plan file that cannot be read: bad JSON, an unknown or missing field, a wrong type, an unsupported
 * schema version or a plan rule broken. The message names the file, the line and column, the field (as
 * a JSON pointer) and what is wrong, e.g. {@code plan.json: line 31, column 15 (/moves/2/to): ...}.
 */
public class PlanFormatException extends RuntimeException {
    private final String file;
    private final int line;
    private final int column;
    private final String pointer;
    private final String problem;

    public PlanFormatException(String file, int line, int column, String pointer, String problem, Throwable cause) {
        super(format(file, line, column, pointer, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.pointer = pointer == null ? "" : pointer;
        this.problem = problem;
    }

    private static String format(String file, int line, int column, String pointer, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(": line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
        }
        if (pointer != null && !pointer.isEmpty()) {
            sb.append(" (").append(pointer).append(')');
        }
        return sb.append(": ").append(problem).toString();
    }

    public String file() {
        return file;
    }

    /** 1-based line of the fault; 0 when unknown. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The JSON pointer of the field at fault, e.g. {@code /moves/2/to}; empty for the whole file. */
    public String pointer() {
        return pointer;
    }

    /** What is wrong, without the position. */
    public String problem() {
        return problem;
    }
}
