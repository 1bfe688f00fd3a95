package dev.harmony.connectors.openstack.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Reads the service's own message out of an error body. Nova wraps it in a fault name
 * ({@code {"badRequest": {"message": ...}}}), Keystone in {@code error}, Placement in {@code errors[]}.
 */
final class ErrorBodies {
    private ErrorBodies() {
    }

    static String message(ObjectMapper json, String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode root = json.readTree(body);
            if (root.has("errors") && root.get("errors").isArray() && root.get("errors").size() > 0) {
                JsonNode first = root.get("errors").get(0);
                return first.path("detail").asText(first.path("title").asText(""));
            }
            if (root.path("error").isTextual()) {
                return root.get("error").asText();
            }
            if (root.isObject() && root.size() == 1) {
                JsonNode fault = root.elements().next();
                if (fault.has("message")) {
                    return fault.get("message").asText();
                }
            }
            return root.path("message").asText(shorten(body));
        } catch (IOException e) {
            return shorten(body.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim());
        }
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
