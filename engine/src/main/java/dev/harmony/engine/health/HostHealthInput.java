package dev.harmony.engine.health;

import dev.harmony.engine.affinity.HostCapacity;
import java.util.Objects;
import java.util.Optional;

/**
 * One host as the health index sees it.
 *
 * @param hostId   the host
 * @param capacity what it can deliver per resource
 * @param observed its measured load over the window before {@code HealthInput.at}, when known
 * @param ahead    its forecast load over the window after, when known
 */
public record HostHealthInput(String hostId, HostCapacity capacity, Optional<LoadSeries> observed, Optional<LoadSeries> ahead) {
    public HostHealthInput {
        if (hostId == null || hostId.isBlank()) {
            throw new IllegalArgumentException("host id must not be blank");
        }
        Objects.requireNonNull(capacity, "capacity of " + hostId);
        Objects.requireNonNull(observed, "observed");
        Objects.requireNonNull(ahead, "ahead");
        if (observed.isEmpty() && ahead.isEmpty()) {
            throw new IllegalArgumentException("host " + hostId + " needs an observed or a forecast load");
        }
    }

    /** The load headroom and balance are judged on: the forecast when there is one, else the measurement. */
    LoadSeries judged() {
        return ahead.orElseGet(observed::orElseThrow);
    }
}
