package dev.harmony.engine.connector;

/**
 * A connector could not do what was asked. The message is written for the planner: it names the
 * system, the object (host, VM, file, line) and what went wrong.
 */
public class ConnectorException extends RuntimeException {
    public ConnectorException(String message) {
        super(message);
    }

    public ConnectorException(String message, Throwable cause) {
        super(message, cause);
    }
}
