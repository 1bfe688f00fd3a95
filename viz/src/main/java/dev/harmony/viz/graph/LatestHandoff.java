package dev.harmony.viz.graph;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands the newest value to a consumer on an executor, such as the FX thread through
 * {@code Platform::runLater}. Values offered while a hand-off waits replace each other, so at most one
 * task is ever queued and a burst of updates costs the consumer one call. Thread-safe.
 *
 * @param <T> what is handed over
 */
public final class LatestHandoff<T> {
    private final Executor executor;
    private final Consumer<T> consumer;
    private final Consumer<T> dropped;
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final AtomicBoolean waiting = new AtomicBoolean();

    public LatestHandoff(Executor executor, Consumer<T> consumer) {
        this(executor, consumer, v -> { });
    }

    /** @param dropped told of each value replaced before it was handed over, e.g. to recycle its buffers */
    public LatestHandoff(Executor executor, Consumer<T> consumer, Consumer<T> dropped) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.dropped = Objects.requireNonNull(dropped, "dropped");
    }

    /** Keeps {@code value} as the newest and schedules a hand-off unless one is waiting already. */
    public void offer(T value) {
        T replaced = latest.getAndSet(Objects.requireNonNull(value, "value"));
        if (replaced != null) {
            dropped.accept(replaced);
        }
        if (waiting.compareAndSet(false, true)) {
            executor.execute(this::deliver);
        }
    }

    private void deliver() {
        // Cleared before reading, so a value offered during delivery schedules the next hand-off.
        waiting.set(false);
        T value = latest.getAndSet(null);
        if (value != null) {
            consumer.accept(value);
        }
    }
}
