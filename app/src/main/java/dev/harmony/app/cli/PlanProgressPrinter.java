package dev.harmony.app.cli;

import dev.harmony.engine.planner.PlanProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;

/** Prints the optimiser's best-so-far placements on stderr, at most about twice a second, then the last one. */
final class PlanProgressPrinter implements Consumer<PlanProgress> {
    private static final long EVERY_NANOS = 500_000_000L;
    private final PrintWriter err;
    private long lastPrinted;
    private PlanProgress last;

    PlanProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void accept(PlanProgress p) {
        last = p;
        long now = System.nanoTime();
        if (now - lastPrinted >= EVERY_NANOS) {
            lastPrinted = now;
            print(p);
        }
    }

    synchronized void done() {
        if (last != null) {
            print(last);
        }
    }

    private void print(PlanProgress p) {
        err.printf(Locale.ROOT, "  best after %.1f s: %d hard, %d soft, %d VM(s) moved%n", p.elapsed().toMillis() / 1000.0,
                p.hardScore(), p.softScore(), p.movedVms());
        err.flush();
    }
}
