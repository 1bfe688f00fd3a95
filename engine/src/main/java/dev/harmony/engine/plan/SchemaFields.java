package dev.harmony.engine.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The field names each object of a plan file may and must have, read from the JSON Schema file itself,
 * so the schema and the reader cannot drift apart. Checked before binding, so a misspelt field is
 * reported as such rather than as the correct field missing.
 */
final class SchemaFields {
    /** One object kind: its allowed and required fields. */
    record Kind(String name, Set<String> allowed, Set<String> required) {
    }

    /** A field problem: where and what. */
    record Problem(String pointer, String message) {
    }

    private final Kind plan;
    private final Kind move;
    private final Kind batch;
    private final Kind window;

    private SchemaFields(JsonNode schema) {
        plan = kind("plan", schema);
        move = kind("move", schema.at("/$defs/move"));
        batch = kind("batch", schema.at("/$defs/batch"));
        window = kind("window", schema.at("/$defs/batch/properties/window"));
    }

    static SchemaFields load(ObjectMapper mapper) {
        try (InputStream in = SchemaFields.class.getResourceAsStream(PlanCodec.SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the plan schema " + PlanCodec.SCHEMA_RESOURCE + " is missing from the class path");
            }
            return new SchemaFields(mapper.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the plan schema " + PlanCodec.SCHEMA_RESOURCE, e);
        }
    }

    /** The first unknown or missing field of the plan, in document order; null when there is none. */
    Problem check(JsonNode root) {
        Problem p = check(root, "", plan);
        for (String list : List.of("batches", "moves")) {
            JsonNode items = root.get(list);
            for (int i = 0; p == null && items != null && items.isArray() && i < items.size(); i++) {
                JsonNode item = items.get(i);
                String at = "/" + list + "/" + i;
                p = check(item, at, list.equals("moves") ? move : batch);
                if (p == null && list.equals("batches") && item.hasNonNull("window")) {
                    p = check(item.get("window"), at + "/window", window);
                }
            }
        }
        return p;
    }

    private static Problem check(JsonNode node, String at, Kind kind) {
        if (!node.isObject()) {
            return new Problem(at, "a " + kind.name() + " must be a JSON object, not " + node.getNodeType().name().toLowerCase());
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!kind.allowed().contains(field)) {
                String near = nearest(field, kind.allowed());
                return new Problem(at + "/" + field, "unknown field '" + field + "' in a " + kind.name()
                        + (near == null ? "" : " (did you mean '" + near + "'?)") + "; allowed: " + String.join(", ", kind.allowed()));
            }
        }
        for (String field : kind.required()) {
            if (!node.has(field)) {
                return new Problem(at, "required field '" + field + "' of a " + kind.name() + " is missing");
            }
        }
        return null;
    }

    private static Kind kind(String name, JsonNode schema) {
        Set<String> allowed = new LinkedHashSet<>();
        schema.get("properties").fieldNames().forEachRemaining(allowed::add);
        Set<String> required = new LinkedHashSet<>();
        schema.get("required").forEach(r -> required.add(r.asText()));
        return new Kind(name, allowed, required);
    }

    /** The allowed name within two edits of the given one, for a likely typo. */
    private static String nearest(String field, Set<String> allowed) {
        List<String> close = new ArrayList<>();
        for (String a : allowed) {
            if (distance(field, a) <= 2) {
                close.add(a);
            }
        }
        return close.size() == 1 ? close.get(0) : null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
