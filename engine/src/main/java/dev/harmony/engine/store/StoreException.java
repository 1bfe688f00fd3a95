package dev.harmony.engine.store;

/**
 * The store could not do what was asked. The message is written for the planner: it names the
 * store's file (or in-memory name), the object concerned and what went wrong, without SQL.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
