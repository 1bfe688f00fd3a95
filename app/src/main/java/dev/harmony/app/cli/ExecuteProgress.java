package dev.harmony.app.cli;

import dev.harmony.engine.execution.ExecutionEvent;
import dev.harmony.engine.execution.MoveState;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A run's progress through {@link TerminalProgress}: on a terminal a bar of ended moves, with a line kept for every
 * move that did not end done; otherwise one plain line per started, ended or reconciled move.
 */
final class ExecuteProgress implements Consumer<ExecutionEvent> {
    private final TerminalProgress progress;
    private final boolean bar;
    private int total;
    private int ended;

    /** @param bar redraw a bar in place (stderr is a terminal) rather than print lines */
    ExecuteProgress(PrintWriter err, boolean bar) {
        this.progress = new TerminalProgress(err, bar, "harmony: ", 0);
        this.bar = bar;
    }

    @Override
    public void accept(ExecutionEvent event) {
        if (event instanceof ExecutionEvent.Started s) {
            total = s.total();
            ended = s.total() - s.remaining();
            progress.line(String.format(Locale.ROOT, "%s plan %s: %d approved moves, %d to run", s.resumed() ? "resuming" : "executing",
                    s.planId(), s.total(), s.remaining()));
        } else if (event instanceof ExecutionEvent.Reconciled r) {
            progress.line("reconciled after crash: " + r.move().describe() + " → " + r.outcome().name().toLowerCase(Locale.ROOT));
        } else if (event instanceof ExecutionEvent.MoveStarted m && !bar) {
            progress.line(String.format(Locale.ROOT, "[%d/%d] start %s%s", ended, total, m.move().describe(),
                    m.attempt() > 1 ? " (attempt " + m.attempt() + ")" : ""));
        } else if (event instanceof ExecutionEvent.MoveProgress p && bar) {
            progress.step(ended, total, p.move().id() + " " + Math.round(100 * p.progress()) + " %");
        } else if (event instanceof ExecutionEvent.MoveEnded e) {
            ended(e);
        } else if (event instanceof ExecutionEvent.Stopped s) {
            progress.finish();
            progress.line("plan " + s.planId() + " " + s.status().label() + (s.message().isEmpty() ? "" : ": " + s.message()));
        }
    }

    private void ended(ExecutionEvent.MoveEnded e) {
        if (e.outcome() != MoveState.PENDING) {
            ended++;
        }
        if (!bar || e.outcome() != MoveState.DONE) {
            progress.line(String.format(Locale.ROOT, "[%d/%d] %s: %s", ended, total, e.move().id(), e.detail()));
        }
        if (bar) {
            progress.step(ended, total, e.move().id() + " " + e.outcome().name().toLowerCase(Locale.ROOT));
        }
    }
}
