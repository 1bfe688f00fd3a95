package dev.harmony.connectors.openstack.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/**
 * A successful answer: status, headers and the parsed JSON body ({@code MissingNode} when empty).
 *
 * @param status  the HTTP status (2xx)
 * @param headers the response headers
 * @param body    the JSON body
 */
public record ApiResponse(int status, HttpHeaders headers, JsonNode body) {

    /** A header's first value, or empty text. */
    public String header(String name) {
        return headers.firstValue(name).orElse("");
    }
}
