package dev.harmony.engine.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

/**
 * The canonical form of an entry and its hash. The canonical entry is one JSON object with its keys in a
 * fixed order and the payload's stored text embedded verbatim, so verification needs no re-serialising.
 */
final class AuditHashing {
    // Sorted keys make the payload text depend only on its content, not on map order.
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    private static final JsonFactory FACTORY = new JsonFactory();

    private AuditHashing() {
    }

    /** The payload as canonical JSON text: keys sorted at every level, no white space. */
    static String canonicalPayload(Map<String, ?> payload) {
        try {
            return CANONICAL.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit payload cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A string as a JSON literal, quotes included. */
    static String jsonString(String value) {
        try {
            return CANONICAL.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + value, e);
        }
    }

    /** SHA-256 (hex) over the previous hash, a line break and the canonical entry. */
    static String hash(String prevHash, long seq, Instant at, String actor, String action, String payload) {
        String canonical = canonicalEntry(seq, at, actor, action, payload);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((prevHash == null ? "" : prevHash).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    static String canonicalEntry(long seq, Instant at, String actor, String action, String payload) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("action", action);
            g.writeStringField("actor", actor);
            g.writeStringField("at", at.toString());
            g.writeFieldName("payload");
            g.writeRawValue(payload);
            g.writeNumberField("seq", seq);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write an audit entry in canonical form", e);
        }
        return out.toString();
    }
}
