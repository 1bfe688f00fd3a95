package dev.harmony.connectors.lab.datacenter;

import dev.harmony.engine.model.Constraint;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Pool;
import dev.harmony.engine.model.Vm;
import java.util.List;
import java.util.Objects;

/**
 * The lab's simulated datacenter at the start of the replay.
 *
 * @param pool        the one pool all hosts belong to
 * @param hosts       hosts, in id order
 * @param vms         VMs, in dataset order
 * @param placement   the initial placement
 * @param constraints rules, maintenance and exclusions
 * @param groups      inferred application groups
 * @param hostModel   the server model of every host
 * @param sizingRule  how the host count was chosen, with the resulting memory load, in one sentence
 */
public record Datacenter(
        Pool pool,
        List<Host> hosts,
        List<Vm> vms,
        Placement placement,
        List<Constraint> constraints,
        ApplicationGroups groups,
        HostModel hostModel,
        String sizingRule) {

    public Datacenter {
        Objects.requireNonNull(pool, "pool");
        hosts = List.copyOf(hosts);
        vms = List.copyOf(vms);
        Objects.requireNonNull(placement, "placement");
        constraints = List.copyOf(constraints);
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(hostModel, "hostModel");
        Objects.requireNonNull(sizingRule, "sizingRule");
    }

    /** Provisioned VM memory over host memory. */
    public double memoryLoad() {
        long vm = vms.stream().mapToLong(Vm::memoryMib).sum();
        long host = hosts.stream().mapToLong(Host::memoryMib).sum();
        return (double) vm / host;
    }
}
