package dev.harmony.engine.store;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A stored model, described without its bytes.
 *
 * @param name      the model's name
 * @param version   1 for the first save under the name, then counting up
 * @param createdAt when it was stored
 * @param kind      what reads the bytes back
 * @param meta      free metadata given at save time
 * @param sizeBytes length of the serialized model
 */
public record ModelInfo(String name, int version, Instant createdAt, String kind, Map<String, String> meta, long sizeBytes) {
    public ModelInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(kind, "kind");
        meta = Map.copyOf(meta);
    }
}
