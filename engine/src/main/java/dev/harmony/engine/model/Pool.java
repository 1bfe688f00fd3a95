package dev.harmony.engine.model;

import java.util.Objects;

/**
 * A pool of hosts that VMs may move between: a vSphere cluster, an OpenStack aggregate, a lab pool.
 *
 * @param id         stable identifier, unique within a connector
 * @param name       name shown to the planner
 * @param datacenter the datacenter or region that holds the pool
 */
public record Pool(String id, String name, String datacenter) {
    public Pool {
        Ids.require(id, "pool id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(datacenter, "datacenter");
    }
}
