package dev.harmony.engine.simulation;

import dev.harmony.engine.model.Constraint;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Vm;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one simulation needs. The constructor checks that the pieces fit together: every VM placed on
 * a known host and with demand, every migration and outage naming a known VM and host.
 *
 * @param hosts       the hosts, maintenance flags as at the start
 * @param vms         the VMs
 * @param placement   where each VM runs at the start
 * @param demand      each VM's demand over the horizon, which it defines
 * @param migrations  timed migrations to run
 * @param outages     hosts leaving service during the horizon
 * @param constraints placement rules the simulator honours when it picks targets itself (compliance, must
 *                    anti-affinity, excluded VMs); planned migrations are run as asked
 * @param options     how to run
 */
public record SimulationInput(List<Host> hosts, List<Vm> vms, Placement placement, SimulationDemand demand,
                              List<PlannedMigration> migrations, List<HostOutage> outages, List<Constraint> constraints,
                              SimulationOptions options) {
    public SimulationInput {
        hosts = List.copyOf(hosts);
        vms = List.copyOf(vms);
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(demand, "demand");
        migrations = List.copyOf(migrations);
        outages = List.copyOf(outages);
        constraints = List.copyOf(constraints);
        Objects.requireNonNull(options, "options");
        Set<String> hostIds = new HashSet<>();
        hosts.forEach(h -> {
            if (!hostIds.add(h.id())) {
                throw new IllegalArgumentException("host " + h.id() + " appears twice");
            }
        });
        Map<String, Vm> vmById = new HashMap<>();
        vms.forEach(v -> {
            if (vmById.put(v.id(), v) != null) {
                throw new IllegalArgumentException("VM " + v.id() + " appears twice");
            }
        });
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("a simulation needs at least one host");
        }
        for (Vm v : vms) {
            String host = placement.hostOf(v.id())
                    .orElseThrow(() -> new IllegalArgumentException("VM " + v.id() + " is not placed"));
            if (!hostIds.contains(host)) {
                throw new IllegalArgumentException("VM " + v.id() + " is placed on unknown host " + host);
            }
            if (!demand.has(v.id())) {
                throw new IllegalArgumentException("VM " + v.id() + " has no demand");
            }
        }
        for (PlannedMigration m : migrations) {
            if (!vmById.containsKey(m.vmId()) || !hostIds.contains(m.targetHostId())) {
                throw new IllegalArgumentException("migration of " + m.vmId() + " to " + m.targetHostId()
                        + " names an unknown " + (vmById.containsKey(m.vmId()) ? "host" : "VM"));
            }
        }
        for (HostOutage o : outages) {
            if (!hostIds.contains(o.hostId())) {
                throw new IllegalArgumentException("outage names unknown host " + o.hostId());
            }
        }
    }
}
