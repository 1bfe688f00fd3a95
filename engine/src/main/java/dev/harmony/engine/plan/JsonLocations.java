package dev.harmony.engine.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON text starts, by JSON pointer, so errors found after binding (a rule of the
 * plan broken) can still name their line. Built by one streaming pass over text that already parsed.
 */
final class JsonLocations {
    private static final JsonFactory FACTORY = new JsonFactory();
    private final Map<String, JsonLocation> byPointer;

    private JsonLocations(Map<String, JsonLocation> byPointer) {
        this.byPointer = byPointer;
    }

    static JsonLocations index(String json) {
        Map<String, JsonLocation> found = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonStreamContext ctx = p.getParsingContext();
                // A container token has already opened its own context; its position is in the parent's.
                if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && ctx.getParent() != null) {
                    ctx = ctx.getParent();
                }
                found.putIfAbsent(ctx.pathAsPointer().toString(), p.currentTokenLocation());
            }
        } catch (IOException e) {
            // The text parsed before; a failure here only costs line numbers.
        }
        return new JsonLocations(found);
    }

    /** The location of the value at the pointer, or of its nearest enclosing value that has one. */
    JsonLocation locate(String pointer) {
        String p = pointer;
        while (true) {
            JsonLocation l = byPointer.get(p);
            if (l != null || p.isEmpty()) {
                return l;
            }
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "" : p.substring(0, slash);
        }
    }
}
