package dev.harmony.app.cli;

/** The exit codes of the {@code harmony} command; documented in docs/cli.md and stable across releases. */
public final class ExitCodes {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** Harmony itself failed; the log file has the details. */
    public static final int INTERNAL_ERROR = 1;
    /** The command line was wrong (unknown option, missing argument). */
    public static final int USAGE = 2;
    /** The input was wrong: a bad trace file, an unknown lab, a plan that does not parse. */
    public static final int BAD_INPUT = 3;
    /** An outside system (store, vCenter, OpenStack) could not be reached or refused. */
    public static final int UNAVAILABLE = 4;
    /** No display for the workstation window. */
    public static final int NO_DISPLAY = 5;
    /** A plan run ended with some approved moves not done (skipped, failed or cancelled); the output says which. */
    public static final int PARTLY_FAILED = 6;

    private ExitCodes() {
    }
}
