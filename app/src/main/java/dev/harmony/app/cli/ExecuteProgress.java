package dev.harmony.app.cli;

import dev.harmony.engine.execution.ExecutionEvent;
import dev.harmony.engine.execution.MoveState;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Prints a run's progress on stderr: one line per started, ended or reconciled move, or, on a terminal, a
 * bar redrawn in place with a line kept for every move that did not end done. stdout stays clean for
 * {@code --json}.
 */
final class ExecuteProgress implements Consumer<ExecutionEvent> {
    private static final int BAR = 30;
    private final PrintWriter err;
    private final boolean bar;
    private int total;
    private int ended;
    private boolean barShown;

    /** @param bar redraw a bar in place (stderr is a terminal) rather than print lines */
    ExecuteProgress(PrintWriter err, boolean bar) {
        this.err = err;
        this.bar = bar;
    }

    @Override
    public void accept(ExecutionEvent event) {
        if (event instanceof ExecutionEvent.Started s) {
            total = s.total();
            ended = s.total() - s.remaining();
            line(String.format(Locale.ROOT, "%s plan %s: %d approved moves, %d to run", s.resumed() ? "resuming" : "executing",
                    s.planId(), s.total(), s.remaining()));
        } else if (event instanceof ExecutionEvent.Reconciled r) {
            line("reconciled after crash: " + r.move().describe() + " → " + r.outcome().name().toLowerCase(Locale.ROOT));
        } else if (event instanceof ExecutionEvent.MoveStarted m && !bar) {
            line(String.format(Locale.ROOT, "[%d/%d] start %s%s", ended, total, m.move().describe(),
                    m.attempt() > 1 ? " (attempt " + m.attempt() + ")" : ""));
        } else if (event instanceof ExecutionEvent.MoveProgress p) {
            redraw(p.move().id() + " " + Math.round(100 * p.progress()) + " %");
        } else if (event instanceof ExecutionEvent.MoveEnded e) {
            ended(e);
        } else if (event instanceof ExecutionEvent.Stopped s) {
            line("plan " + s.planId() + " " + s.status().label() + (s.message().isEmpty() ? "" : ": " + s.message()));
        }
    }

    private void ended(ExecutionEvent.MoveEnded e) {
        if (e.outcome() != MoveState.PENDING) {
            ended++;
        }
        if (!bar || e.outcome() != MoveState.DONE) {
            line(String.format(Locale.ROOT, "[%d/%d] %s: %s", ended, total, e.move().id(), e.detail()));
        }
        redraw(e.move().id() + " " + e.outcome().name().toLowerCase(Locale.ROOT));
    }

    private void line(String text) {
        if (barShown) {
            err.print("\r\033[K");
            barShown = false;
        }
        err.println("harmony: " + text);
        err.flush();
    }

    private void redraw(String what) {
        if (!bar || total == 0) {
            return;
        }
        int filled = BAR * ended / total;
        err.print("\r\033[K[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + ended + "/" + total + "  " + what);
        err.flush();
        barShown = true;
    }
}
