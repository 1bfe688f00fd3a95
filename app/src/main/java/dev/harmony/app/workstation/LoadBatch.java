package dev.harmony.app.workstation;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The newest CPU loads of one live batch.
 *
 * @param until the time of the newest sample in the batch
 * @param loads each VM's newest CPU load as a share of its provisioned CPU, 0–1
 */
public record LoadBatch(Instant until, Map<String, Float> loads) {
    public LoadBatch {
        Objects.requireNonNull(until, "until");
        loads = Map.copyOf(loads);
    }
}
