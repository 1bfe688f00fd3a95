package dev.harmony.app.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of long work, written to standard error so {@code --json} output on standard out stays one clean
 * document. On a terminal: one bar redrawn in place (at most ten times a second), with permanent lines printed
 * above it. Elsewhere (pipes, logs, cron, tests): plain lines, no control characters, at most one per
 * {@code plainEveryNanos} for repeated updates.
 */
final class TerminalProgress {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;
    private final PrintWriter err;
    private final boolean terminal;
    private final String prefix;
    private final long plainEveryNanos;
    private boolean barShown;
    private long lastDrawn = Long.MIN_VALUE / 2;
    private String pending;

    /**
     * @param terminal        draw a bar in place (standard error is a terminal)
     * @param prefix          what each plain line starts with, e.g. {@code "harmony plan: "}
     * @param plainEveryNanos the least time between two plain lines of repeated updates (0: every update)
     */
    TerminalProgress(PrintWriter err, boolean terminal, String prefix, long plainEveryNanos) {
        this.err = err;
        this.terminal = terminal;
        this.prefix = prefix;
        this.plainEveryNanos = plainEveryNanos;
    }

    /** Whether this process talks to a person: {@code System.console()} exists only when both ends are a terminal. */
    static boolean onTerminal() {
        return System.console() != null;
    }

    /** {@code done} of {@code total} steps; the bar, or a plain {@code [done/total] detail} line. */
    synchronized void step(long done, long total, String detail) {
        update(done, total, String.format(Locale.ROOT, "[%d/%d] %s", done, total, detail), detail);
    }

    /** Like {@link #step}, for a whole that is not counted in steps (time): the plain line is the detail alone. */
    synchronized void tick(long done, long total, String detail) {
        update(done, total, detail, detail);
    }

    private void update(long done, long total, String plainLine, String detail) {
        long now = System.nanoTime();
        boolean last = total > 0 && done >= total;
        if (terminal) {
            if (last || now - lastDrawn >= REDRAW_NANOS) {
                draw(bar(done, total) + " " + detail);
                lastDrawn = now;
            }
        } else if (last || plainEveryNanos == 0 || now - lastDrawn >= plainEveryNanos) {
            plain(plainLine);
            lastDrawn = now;
            pending = null;
        } else {
            pending = plainLine;
        }
    }

    /** A line that stays (a move that failed, a phase that began), printed above the bar. */
    synchronized void line(String text) {
        clearBar();
        plain(text);
    }

    /** Ends the work: the bar's last state stays on screen; a held-back plain line is printed. */
    synchronized void finish() {
        if (barShown) {
            err.println();
            barShown = false;
        } else if (pending != null) {
            plain(pending);
        }
        pending = null;
        err.flush();
    }

    static String bar(long done, long total) {
        int filled = total <= 0 ? 0 : (int) Math.max(0, Math.min(WIDTH, WIDTH * done / total));
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
                + (total <= 0 ? "" : String.format(Locale.ROOT, "%3d %%", Math.min(100, 100 * done / total)));
    }

    private void draw(String text) {
        err.print("\r\033[K" + prefix + text);
        err.flush();
        barShown = true;
    }

    private void clearBar() {
        if (barShown) {
            err.print("\r\033[K");
            barShown = false;
        }
    }

    private void plain(String text) {
        err.println(prefix + text);
        err.flush();
    }
}
