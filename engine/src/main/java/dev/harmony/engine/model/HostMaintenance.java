package dev.harmony.engine.model;

import java.util.Objects;

/**
 * A host in maintenance: no VM may move onto it, and the VMs on it should leave.
 *
 * @param hostId the host
 * @param reason why, e.g. {@code firmware update}
 */
public record HostMaintenance(String hostId, String reason) implements Constraint {
    public HostMaintenance {
        Ids.require(hostId, "host id");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String name() {
        return "maintenance:" + hostId;
    }

    @Override
    public Strength strength() {
        return Strength.MUST;
    }
}
