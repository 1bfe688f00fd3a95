package dev.harmony.engine.replay;

import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.model.Constraint;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Vm;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The pool a replay runs: inventory and rules, where the VMs run at {@code from}, and each VM's whole
 * recorded demand (the policies see only what lies before each planning instant).
 *
 * @param source      where it came from, e.g. {@code lab:bitbrains-rnd}
 * @param hosts       hosts
 * @param vms         VMs
 * @param placement   where each VM runs at {@code from}
 * @param constraints the pool's rules
 * @param demand      every VM's recorded demand, one grid
 * @param from        start of the replayed period, on the grid
 * @param to          its end, after {@code from}
 */
public record ReplayInput(String source, List<Host> hosts, List<Vm> vms, Placement placement, List<Constraint> constraints,
                          List<VmDemand> demand, Instant from, Instant to) {
    public ReplayInput {
        Objects.requireNonNull(source, "source");
        hosts = List.copyOf(hosts);
        vms = List.copyOf(vms);
        Objects.requireNonNull(placement, "placement");
        constraints = List.copyOf(constraints);
        demand = List.copyOf(demand);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a replay must end after it starts: " + from + " .. " + to);
        }
        if (demand.isEmpty()) {
            throw new IllegalArgumentException("a replay needs the recorded demand of its VMs");
        }
    }
}
