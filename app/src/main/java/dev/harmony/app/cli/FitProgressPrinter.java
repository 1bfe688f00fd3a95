package dev.harmony.app.cli;

import dev.harmony.engine.affinity.predict.FitProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Prints training progress: one plain line per epoch when the output is not a terminal (logs, pipes,
 * tests), or one line rewritten in place on a terminal.
 */
final class FitProgressPrinter implements Consumer<FitProgress> {
    private final PrintWriter out;
    private final boolean terminal;

    FitProgressPrinter(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Whether this process writes to an interactive terminal. */
    static boolean onTerminal() {
        return System.console() != null;
    }

    @Override
    public void accept(FitProgress p) {
        String line = String.format(Locale.ROOT, "%s epoch %d/%d  loss %.6f  %.1f s", p.model(), p.epoch(), p.epochs(),
                p.loss(), p.seconds());
        if (terminal) {
            out.print("\r" + line + (p.epoch() == p.epochs() ? System.lineSeparator() : ""));
        } else {
            out.println(line);
        }
        out.flush();
    }
}
