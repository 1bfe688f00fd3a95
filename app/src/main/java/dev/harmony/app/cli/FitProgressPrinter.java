package dev.harmony.app.cli;

import dev.harmony.engine.affinity.predict.FitProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;

/** Training progress through {@link TerminalProgress}: a bar of epochs on a terminal, one plain line per epoch otherwise. */
final class FitProgressPrinter implements Consumer<FitProgress> {
    private final TerminalProgress progress;

    FitProgressPrinter(PrintWriter out, boolean terminal) {
        this.progress = new TerminalProgress(out, terminal, "", 0);
    }

    /** Whether this process writes to an interactive terminal. */
    static boolean onTerminal() {
        return TerminalProgress.onTerminal();
    }

    @Override
    public void accept(FitProgress p) {
        String line = String.format(Locale.ROOT, "%s epoch %d/%d  loss %.6f  %.1f s", p.model(), p.epoch(), p.epochs(),
                p.loss(), p.seconds());
        progress.step(p.epoch(), p.epochs(), line);
        if (p.epoch() == p.epochs()) {
            progress.finish();
        }
    }
}
