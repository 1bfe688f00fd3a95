package dev.harmony.engine.plan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes migration plans as JSON (snake_case fields, ISO-8601 instants), schema
 * {@code dev/harmony/engine/plan/migration-plan.schema.json}. Reading is strict: an unknown field, a
 * missing required field, a wrong type or a broken plan rule is refused with the line and field named,
 * since a typo in a plan that moves VMs must not pass silently. Thread-safe.
 */
public final class PlanCodec {
    /** The plan format this Harmony reads and writes. */
    public static final int SCHEMA_VERSION = 1;
    /** Where the JSON Schema of the format lies on the class path. */
    public static final String SCHEMA_RESOURCE = "/dev/harmony/engine/plan/migration-plan.schema.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(RiskJson.module())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();
    private static final SchemaFields FIELDS = SchemaFields.load(MAPPER);

    /** Reads a plan file. */
    public MigrationPlan read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PlanFormatException(file.toString(), 0, 0, "", "cannot read the plan file: " + e.getMessage(), e);
        }
        return read(text, file.toString());
    }

    /**
     * Reads a plan from JSON text.
     *
     * @param name how messages name the text, e.g. its file name
     */
    public MigrationPlan read(String json, String name) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new PlanFormatException(name, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), "",
                    "not valid JSON: " + e.getOriginalMessage(), e);
        }
        JsonLocations locations = JsonLocations.index(json);
        if (tree == null || !tree.isObject()) {
            throw fail(name, locations, "", "a plan file holds one JSON object, not " + (tree == null ? "nothing" : tree.getNodeType()), null);
        }
        checkVersion((ObjectNode) tree, name, locations);
        SchemaFields.Problem problem = FIELDS.check(tree);
        if (problem != null) {
            throw fail(name, locations, problem.pointer(), problem.message(), null);
        }
        ObjectNode normalized = withDefaults((ObjectNode) tree.deepCopy());
        try {
            return MAPPER.treeToValue(normalized, MigrationPlan.class);
        } catch (JsonProcessingException e) {
            throw explain(e, name, locations);
        } catch (IllegalArgumentException e) {
            throw fail(name, locations, "", e.getMessage(), e);
        }
    }

    /** The plan as pretty-printed JSON with a final line break. */
    public String write(MigrationPlan plan) {
        try {
            return MAPPER.writeValueAsString(plan) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write plan " + plan.id() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes the plan to a file, replacing it. */
    public void write(MigrationPlan plan, Path file) throws IOException {
        Files.writeString(file, write(plan), StandardCharsets.UTF_8);
    }

    private static void checkVersion(ObjectNode root, String name, JsonLocations locations) {
        JsonNode version = root.get("schema_version");
        if (version == null) {
            throw fail(name, locations, "", "schema_version is missing; this Harmony reads plans of schema_version "
                    + SCHEMA_VERSION, null);
        }
        if (!version.isInt()) {
            throw fail(name, locations, "/schema_version", "schema_version must be a whole number, was " + version, null);
        }
        if (version.intValue() != SCHEMA_VERSION) {
            throw fail(name, locations, "/schema_version", "schema_version " + version.intValue() + " is not supported; this Harmony"
                    + " reads schema_version " + SCHEMA_VERSION + (version.intValue() > SCHEMA_VERSION ? " (the plan is from a newer Harmony)" : ""), null);
        }
    }

    /** Fills the optional fields, so that only the required ones can be reported missing. */
    private static ObjectNode withDefaults(ObjectNode root) {
        putIfAbsent(root, "notes", MAPPER.createArrayNode());
        putIfAbsent(root, "health_before", null);
        putIfAbsent(root, "health_after", null);
        JsonNode batches = root.get("batches");
        if (batches != null && batches.isArray()) {
            batches.forEach(b -> {
                if (b.isObject()) {
                    putIfAbsent((ObjectNode) b, "window", null);
                }
            });
        }
        JsonNode moves = root.get("moves");
        if (moves != null && moves.isArray()) {
            moves.forEach(m -> {
                if (m.isObject()) {
                    putIfAbsent((ObjectNode) m, "reason", MAPPER.getNodeFactory().textNode(""));
                }
            });
        }
        return root;
    }

    private static void putIfAbsent(ObjectNode node, String field, JsonNode value) {
        if (!node.has(field)) {
            node.set(field, value == null ? MAPPER.getNodeFactory().nullNode() : value);
        }
    }

    /** Turns a binding failure into a message with the field's pointer and line. */
    private static PlanFormatException explain(JsonProcessingException e, String name, JsonLocations locations) {
        String pointer = e instanceof JsonMappingException m ? pointerOf(m.getPath()) : "";
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = new ArrayList<>();
            u.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
            known.sort(null);
            return fail(name, locations, pointer, "unknown field '" + u.getPropertyName() + "' (known here: "
                    + String.join(", ", known) + ")", e);
        }
        if (e instanceof ValueInstantiationException v && v.getCause() instanceof PlanValidationException pv) {
            return fail(name, locations, pointer + pv.pointer(), pv.getMessage(), e);
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return fail(name, locations, pointer, String.valueOf(v.getCause().getMessage()), e);
        }
        String message = e.getOriginalMessage();
        if (message.startsWith("Missing required creator property")) {
            message = "required field " + message.substring(message.indexOf('\''), message.indexOf('\'', message.indexOf('\'') + 1) + 1)
                    + " is missing";
        }
        return fail(name, locations, pointer, message.replaceAll("`[a-z.]+\\.([A-Za-z]+)`", "$1").split("\n")[0], e);
    }

    private static String pointerOf(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            sb.append('/').append(r.getFieldName() != null ? r.getFieldName() : Integer.toString(r.getIndex()));
        }
        return sb.toString();
    }

    private static PlanFormatException fail(String name, JsonLocations locations, String pointer, String problem, Throwable cause) {
        JsonLocation l = locations.locate(pointer);
        return new PlanFormatException(name, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), pointer, problem, cause);
    }
}
