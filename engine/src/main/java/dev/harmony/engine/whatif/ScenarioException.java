package dev.harmony.engine.whatif;

import java.util.Objects;

/**
 * A scenario that cannot be read or applied, located by file and field, e.g.
 * {@code plan.json: changes[1].hosts[0]: unknown host 'host-99'}. Nothing of the scenario has been applied.
 */
public final class ScenarioException extends RuntimeException {
    private final String file;
    private final String field;
    private final String problem;

    public ScenarioException(String file, String field, String problem) {
        super(located(file, field, problem));
        this.file = Objects.requireNonNull(file, "file");
        this.field = Objects.requireNonNull(field, "field");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** The same problem, located in a file. */
    public ScenarioException inFile(String fileName) {
        return new ScenarioException(fileName, field, problem);
    }

    public String file() {
        return file;
    }

    /** The field, as a path such as {@code changes[2].percent}; empty for the file as a whole. */
    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }

    private static String located(String file, String field, String problem) {
        StringBuilder sb = new StringBuilder();
        if (file != null && !file.isEmpty()) {
            sb.append(file).append(": ");
        }
        if (field != null && !field.isEmpty()) {
            sb.append(field).append(": ");
        }
        return sb.append(problem).toString();
    }
}
