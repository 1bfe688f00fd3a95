package dev.harmony.app.workstation;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.concurrent.Task;

/** Runs work on a daemon background thread through a JavaFX {@link Task}, reporting back on the FX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "harmony-background");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService serial = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "harmony-serial");
        t.setDaemon(true);
        return t;
    });

    @Override
    public Executor ui() {
        return Platform::runLater;
    }

    @Override
    public Executor serial() {
        return serial;
    }

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return work.get();
            }

            @Override
            protected void succeeded() {
                onSuccess.accept(getValue());
            }

            @Override
            protected void failed() {
                onFailure.accept(getException());
            }
        };
        executor.execute(task);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        serial.shutdownNow();
    }
}
