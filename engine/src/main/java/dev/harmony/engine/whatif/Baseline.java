package dev.harmony.engine.whatif;

import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.model.Constraint;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Vm;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The pool a scenario changes, as a connector gave it: inventory and rules at {@code now}, and each VM's
 * demand, the history before {@code now} and, for replays, the recorded trace after it.
 *
 * @param source      where it came from, e.g. {@code lab:bitbrains-rnd}
 * @param now         the default start of a scenario's horizon
 * @param hosts       hosts
 * @param vms         VMs
 * @param placement   where each VM runs at {@code now}
 * @param constraints the pool's rules
 * @param demand      per-VM demand, all on one grid
 */
public record Baseline(String source, Instant now, List<Host> hosts, List<Vm> vms, Placement placement,
                       List<Constraint> constraints, List<VmDemand> demand) {
    public Baseline {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(now, "now");
        hosts = List.copyOf(hosts);
        vms = List.copyOf(vms);
        Objects.requireNonNull(placement, "placement");
        constraints = List.copyOf(constraints);
        demand = List.copyOf(demand);
        if (demand.isEmpty()) {
            throw new IllegalArgumentException("baseline " + source + " has no demand");
        }
    }
}
