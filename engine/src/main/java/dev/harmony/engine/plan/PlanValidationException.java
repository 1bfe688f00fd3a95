package dev.harmony.engine.plan;

/**
 * A plan, move or batch that breaks a rule of the plan format. Names the offending field as a JSON
 * pointer (e.g. {@code /moves/3/to}) so a reader of a plan file can point at its line.
 */
public class PlanValidationException extends IllegalArgumentException {
    private final String pointer;

    public PlanValidationException(String pointer, String message) {
        super(message);
        this.pointer = pointer == null ? "" : pointer;
    }

    /** The JSON pointer of the field at fault, relative to the object being built; empty for the object itself. */
    public String pointer() {
        return pointer;
    }
}
