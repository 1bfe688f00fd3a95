package dev.harmony.app.workstation;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A task runner for view-model tests: work runs at once on the caller's thread, while UI hand-offs (live
 * updates from connector threads) wait in a queue until the test runs them, so nothing races the test.
 */
final class QueuedUiRunner implements TaskRunner {
    private final ArrayDeque<Runnable> ui = new ArrayDeque<>();

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        TaskRunner.sameThread().run(work, onSuccess, onFailure);
    }

    @Override
    public synchronized Executor ui() {
        return task -> {
            synchronized (this) {
                ui.add(task);
            }
        };
    }

    /** Runs the UI tasks queued so far, and those they queue. */
    void runUi() {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = ui.poll();
            }
            if (next == null) {
                return;
            }
            next.run();
        }
    }
}
