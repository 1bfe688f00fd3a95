package dev.harmony.engine.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Typed reads of one JSON object of a scenario file, each failure naming the field's path. */
final class ScenarioFields {
    private final JsonNode node;
    private final String path;

    ScenarioFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
        if (node == null || !node.isObject()) {
            throw error("", "must be a JSON object");
        }
    }

    String path() {
        return path;
    }

    String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    ScenarioException error(String name, String problem) {
        return new ScenarioException("", name.isEmpty() ? path : field(name), problem);
    }

    /** Fails on a field the schema does not have, so a typo is not silently ignored. */
    void onlyKnown(Set<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                throw error(name, "unknown field; expected one of " + known.stream().sorted().toList());
            }
        }
    }

    boolean has(String name) {
        return node.has(name) && !node.get(name).isNull();
    }

    String text(String name) {
        return optionalText(name).orElseThrow(() -> error(name, "is required"));
    }

    Optional<String> optionalText(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode v = node.get(name);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw error(name, "must be a non-empty string, was " + v);
        }
        return Optional.of(v.asText());
    }

    double number(String name, double min, double max) {
        if (!has(name)) {
            throw error(name, "is required");
        }
        return numberOr(name, Double.NaN, min, max);
    }

    double numberOr(String name, double fallback, double min, double max) {
        if (!has(name)) {
            return fallback;
        }
        JsonNode v = node.get(name);
        if (!v.isNumber() || v.asDouble() < min || v.asDouble() > max) {
            throw error(name, "must be a number within [" + plain(min) + ", " + plain(max) + "], was " + v);
        }
        return v.asDouble();
    }

    long integer(String name, long min, long max) {
        if (!has(name)) {
            throw error(name, "is required");
        }
        JsonNode v = node.get(name);
        if (!v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
            throw error(name, "must be a whole number within [" + min + ", " + max + "], was " + v);
        }
        return v.asLong();
    }

    boolean flag(String name, boolean fallback) {
        if (!has(name)) {
            return fallback;
        }
        if (!node.get(name).isBoolean()) {
            throw error(name, "must be true or false, was " + node.get(name));
        }
        return node.get(name).asBoolean();
    }

    Optional<Instant> instant(String name) {
        return optionalText(name).map(s -> {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e) {
                throw error(name, "must be an ISO-8601 UTC time such as 2013-07-21T22:00:00Z, was '" + s + "'");
            }
        });
    }

    Duration duration(String name, Duration fallback) {
        Optional<String> s = optionalText(name);
        if (s.isEmpty()) {
            return fallback;
        }
        try {
            Duration d = Duration.parse(s.get());
            if (d.isNegative() || d.isZero()) {
                throw error(name, "must be positive, was " + s.get());
            }
            return d;
        } catch (DateTimeParseException e) {
            throw error(name, "must be an ISO-8601 duration such as P7D or PT6H, was '" + s.get() + "'");
        }
    }

    /** The elements of an array field, or an empty list when absent. */
    List<JsonNode> array(String name) {
        if (!has(name)) {
            return List.of();
        }
        JsonNode v = node.get(name);
        if (!v.isArray()) {
            throw error(name, "must be a JSON array, was " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }

    /** A non-empty array of non-empty strings. */
    List<String> texts(String name) {
        List<JsonNode> items = array(name);
        if (items.isEmpty()) {
            throw error(name, "must list at least one name");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).isTextual() || items.get(i).asText().isBlank()) {
                throw error(name + "[" + i + "]", "must be a non-empty string, was " + items.get(i));
            }
            out.add(items.get(i).asText());
        }
        return out;
    }

    ScenarioFields object(String name) {
        if (!has(name)) {
            throw error(name, "is required");
        }
        return new ScenarioFields(node.get(name), field(name));
    }

    JsonNode raw(String name) {
        return node.get(name);
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
