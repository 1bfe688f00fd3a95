package dev.harmony.app.cli;

import dev.harmony.connectors.lab.catalog.UnknownLabException;
import dev.harmony.connectors.lab.trace.TraceFormatException;
import dev.harmony.engine.connector.ConnectorException;
import dev.harmony.engine.store.StoreException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Builds the {@code harmony} command line and turns failures into one plain line and an exit code:
 * user mistakes name what was wrong, internal errors point at the log file; stack traces go only to the log.
 */
public final class HarmonyCli {
    private static final Logger LOG = LoggerFactory.getLogger(HarmonyCli.class);

    private HarmonyCli() {
    }

    /** The command line wired to a context, writing to the given streams. */
    public static CommandLine create(AppContext context, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new HarmonyCommand(), new ContextFactory(context));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, commandLine.getErr(), context));
        return cli;
    }

    /** Runs the command and returns its exit code. */
    public static int run(AppContext context, PrintWriter out, PrintWriter err, String... args) {
        return create(context, out, err).execute(args);
    }

    static int report(Exception e, PrintWriter err, AppContext context) {
        int code = exitCodeOf(e);
        if (code == ExitCodes.INTERNAL_ERROR) {
            LOG.error("internal error", e);
            err.println("harmony: internal error: " + e + " (details in " + context.logFile() + ")");
        } else {
            LOG.info("command failed: {}", e.getMessage());
            err.println("harmony: " + e.getMessage());
        }
        err.flush();
        return code;
    }

    static int exitCodeOf(Throwable e) {
        if (e instanceof UserError u) {
            return u.exitCode();
        }
        if (e instanceof dev.harmony.app.profile.ProfileFormatException || e instanceof dev.harmony.app.profile.UnknownProfileException) {
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof dev.harmony.app.profile.ProfileException) {
            return ExitCodes.UNAVAILABLE;
        }
        if (e instanceof TraceFormatException || e instanceof UnknownLabException) {
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof StoreException || e instanceof ConnectorException) {
            return ExitCodes.UNAVAILABLE;
        }
        return ExitCodes.INTERNAL_ERROR;
    }
}
