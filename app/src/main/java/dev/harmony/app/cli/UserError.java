package dev.harmony.app.cli;

/** A mistake in what the user asked or gave; reported as one plain line with exit code {@link ExitCodes#BAD_INPUT}. */
public class UserError extends RuntimeException {
    private final int exitCode;

    public UserError(String message) {
        this(message, ExitCodes.BAD_INPUT);
    }

    public UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
