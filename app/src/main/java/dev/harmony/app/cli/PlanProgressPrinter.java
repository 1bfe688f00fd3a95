package dev.harmony.app.cli;

import dev.harmony.engine.planner.PlanProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The optimiser's best-so-far placements through {@link TerminalProgress}: a bar of the time limit on a terminal,
 * plain lines at most twice a second otherwise, and the last one at the end.
 */
final class PlanProgressPrinter implements Consumer<PlanProgress> {
    private final TerminalProgress progress;
    private final long limitMillis;

    PlanProgressPrinter(PrintWriter err, boolean terminal, Duration limit) {
        this.progress = new TerminalProgress(err, terminal, "  ", 500_000_000L);
        this.limitMillis = limit.toMillis();
    }

    @Override
    public void accept(PlanProgress p) {
        long elapsed = Math.min(p.elapsed().toMillis(), limitMillis - 1);
        progress.tick(elapsed, limitMillis, String.format(Locale.ROOT, "best after %.1f s: %d hard, %d soft, %d VM(s) moved",
                p.elapsed().toMillis() / 1000.0, p.hardScore(), p.softScore(), p.movedVms()));
    }

    void done() {
        progress.finish();
    }
}
