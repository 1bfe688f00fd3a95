package dev.harmony.engine.simulation;

import java.time.Instant;
import java.util.Objects;

/**
 * A migration a plan or a scenario asks for: start moving the VM to the host at the given time (later when
 * the hosts are busy with other migrations).
 *
 * @param vmId         the VM
 * @param targetHostId where it should run
 * @param at           when to start
 */
public record PlannedMigration(String vmId, String targetHostId, Instant at) {
    public PlannedMigration {
        Objects.requireNonNull(vmId, "vmId");
        Objects.requireNonNull(targetHostId, "targetHostId");
        Objects.requireNonNull(at, "at");
    }
}
