package dev.harmony.connectors.openstack.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * JSON over HTTP with the JDK's client: one instance per connector, thread-safe. Every failure
 * becomes an {@link ApiException} saying what was being done, to which URL, and what the service said.
 */
public final class JsonHttp {
    private final HttpClient client;
    private final ObjectMapper json = new ObjectMapper();
    private final Duration readTimeout;

    public JsonHttp(TlsPolicy tls, Duration connectTimeout, Duration readTimeout) {
        // HTTP/1.1 as OpenStack APIs speak it: no h2c upgrade headers, which some WSGI servers answer by hanging up.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls.sslContext()).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.readTimeout = readTimeout;
    }

    public ObjectMapper json() {
        return json;
    }

    /** GET with the given headers. */
    public ApiResponse get(String doing, URI uri, Map<String, String> headers) {
        return send(doing, "GET", uri, headers, null);
    }

    /**
     * Sends one request.
     *
     * @param doing   what the caller is doing, for the error message ("listing hypervisors")
     * @param body    JSON body, or null for none
     * @throws ApiException on a non-2xx answer or when the service cannot be reached
     */
    public ApiResponse send(String doing, String method, URI uri, Map<String, String> headers, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(readTimeout).header("Accept", "application/json");
        headers.forEach(request::header);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(write(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return exchange(doing, method, uri, request.build());
    }

    /** POSTs a form (Prometheus takes long PromQL queries this way). */
    public ApiResponse postForm(String doing, URI uri, Map<String, String> headers, String form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(readTimeout).header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(request::header);
        return exchange(doing, "POST", uri, request.build());
    }

    private ApiResponse exchange(String doing, String method, URI uri, HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = send(request, "GET".equals(method) || uri.getPath().endsWith("/auth/tokens")
                    || uri.getPath().endsWith("/api/v1/query_range"));
        } catch (IOException e) {
            throw new ApiException(doing + ": cannot reach " + origin(uri) + " (" + describe(e) + ")", 0, describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(doing + ": interrupted while waiting for " + origin(uri), 0, "interrupted");
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            String said = ErrorBodies.message(json, response.body());
            throw new ApiException(doing + ": " + method + " " + uri.getPath() + " answered HTTP " + status
                    + (said.isEmpty() ? "" : ": " + said), status, said);
        }
        try {
            String text = response.body();
            JsonNode parsed = text == null || text.isBlank() ? MissingNode.getInstance() : json.readTree(text);
            return new ApiResponse(status, response.headers(), parsed);
        } catch (JsonProcessingException e) {
            throw new ApiException(doing + ": " + origin(uri) + " answered something that is not JSON", status, e.getOriginalMessage());
        }
    }

    /**
     * Sends, and sends a request that is safe to repeat (a read, a login, a query) once more when a
     * kept-alive connection turned out closed (servers and load balancers drop idle connections).
     * An action such as a live migration is never sent twice.
     */
    private HttpResponse<String> send(HttpRequest request, boolean safeToRepeat) throws IOException, InterruptedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            String m = String.valueOf(e.getMessage());
            if (safeToRepeat && (m.contains("received no bytes") || m.contains("Connection reset") || e instanceof java.io.EOFException)) {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            }
            throw e;
        }
    }

    private String write(JsonNode body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }
}
