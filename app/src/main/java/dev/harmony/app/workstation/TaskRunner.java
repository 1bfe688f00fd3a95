package dev.harmony.app.workstation;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs work off the UI thread and hands the result back on it. Tests use {@link #sameThread()} so a
 * view model can be driven without a window or a second thread.
 */
public interface TaskRunner {

    /** Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the UI thread. */
    <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs small tasks on the UI thread, e.g. live updates handed over from a connector thread. */
    default Executor ui() {
        return Runnable::run;
    }

    /** Runs tasks one at a time, in order, in the background: the graph model's updates. */
    default Executor serial() {
        return Runnable::run;
    }

    /** Runs everything on the caller's thread, in order. */
    static TaskRunner sameThread() {
        return new TaskRunner() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.get();
                } catch (RuntimeException e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
