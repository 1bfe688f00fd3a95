package dev.harmony.engine.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Trained models as opaque bytes with a little metadata; each save under a name adds a new version. */
public interface ModelStore {

    /**
     * Stores a model as the next version of its name (1 for a new name).
     *
     * @param name  the model's name, e.g. {@code affinity-gnn}
     * @param kind  what reads the bytes back, e.g. {@code samediff-flatbuffers}
     * @param meta  free metadata: training window, features, loss
     * @param bytes the serialized model
     * @return what was stored, with its version and time
     */
    ModelInfo save(String name, String kind, Map<String, String> meta, byte[] bytes);

    /** The newest version of a model, with its bytes. */
    Optional<StoredModel> latest(String name);

    /** One version of a model, with its bytes. */
    Optional<StoredModel> find(String name, int version);

    /** Every version of a model, oldest first, without the bytes. */
    List<ModelInfo> versions(String name);
}
