package dev.harmony.connectors.openstack.http;

import dev.harmony.engine.connector.ConnectorException;

/**
 * An OpenStack service answered with an HTTP error. The message holds what the service said
 * (Nova's {@code badRequest.message}, Keystone's {@code error.message}), not a stack trace.
 */
public class ApiException extends ConnectorException {
    private final int status;
    private final String serviceMessage;

    public ApiException(String message, int status, String serviceMessage) {
        super(message);
        this.status = status;
        this.serviceMessage = serviceMessage;
    }

    /** The HTTP status; 0 when the service could not be reached at all. */
    public int status() {
        return status;
    }

    /** The service's own words, e.g. {@code Compute host fake-host-9 could not be found.} */
    public String serviceMessage() {
        return serviceMessage;
    }
}
