package dev.harmony.engine.store;

import java.util.Arrays;
import java.util.Objects;

/**
 * A stored model with its bytes.
 *
 * @param info  name, version and metadata
 * @param bytes the serialized model
 */
public record StoredModel(ModelInfo info, byte[] bytes) {
    public StoredModel {
        Objects.requireNonNull(info, "info");
        bytes = bytes.clone();
    }

    /** A copy of the bytes; the record never hands out its own array. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredModel m && info.equals(m.info) && Arrays.equals(bytes, m.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * info.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "StoredModel[" + info + ", " + bytes.length + " bytes]";
    }
}
