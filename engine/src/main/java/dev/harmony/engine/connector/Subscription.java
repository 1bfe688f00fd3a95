package dev.harmony.engine.connector;

/** A live metric stream; closing it stops delivery. */
public interface Subscription extends AutoCloseable {
    @Override
    void close();
}
