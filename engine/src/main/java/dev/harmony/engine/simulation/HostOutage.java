package dev.harmony.engine.simulation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A host leaving service: from {@code from} it takes no VM and its VMs are migrated away; a removed host
 * also stops counting in the health index once empty.
 *
 * @param hostId  the host
 * @param from    when it leaves
 * @param until   when a maintenance ends and it takes VMs again; empty for "until the end" (always so when removed)
 * @param removed true when the host is decommissioned rather than serviced
 */
public record HostOutage(String hostId, Instant from, Optional<Instant> until, boolean removed) {
    public HostOutage {
        Objects.requireNonNull(hostId, "hostId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isPresent() && !until.get().isAfter(from)) {
            throw new IllegalArgumentException("maintenance of " + hostId + " must end after it starts: " + from + " .. " + until.get());
        }
        if (removed && until.isPresent()) {
            throw new IllegalArgumentException("a removed host " + hostId + " does not come back");
        }
    }

    /** Whether the host is out of service at a time. */
    public boolean covers(Instant t) {
        return !t.isBefore(from) && until.map(t::isBefore).orElse(true);
    }
}
