package dev.harmony.engine.execution;

import dev.harmony.engine.model.ComplianceRule;
import dev.harmony.engine.model.Constraint;
import dev.harmony.engine.model.ExcludedVms;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.HostMaintenance;
import dev.harmony.engine.model.Strength;
import dev.harmony.engine.model.Vm;
import dev.harmony.engine.model.VmAffinityRule;
import dev.harmony.engine.model.VmHostRule;
import dev.harmony.engine.model.ZoneRule;
import dev.harmony.engine.plan.Move;
import java.util.Optional;

/**
 * The standard pre-flight: the VM exists and is still on its planned source, the target exists, is not
 * in maintenance and has the memory, and no hard rule would break (excluded VMs, VM-host, VM-VM,
 * zone and compliance rules). Should-rules are the planner's trade-off and are not checked here.
 */
public final class RulePreflight implements Preflight {
    private final String source;

    /** @param source the connector's name, used in reasons, e.g. {@code lab:bitbrains-rnd} */
    public RulePreflight(String source) {
        this.source = source == null ? "the connector" : source;
    }

    @Override
    public Optional<String> refusal(Move m, ClusterState state) {
        Optional<Vm> vm = state.inventory().vm(m.vm());
        if (vm.isEmpty()) {
            return why("VM " + m.vm() + " no longer exists in " + source);
        }
        Optional<String> at = state.hostOf(m.vm());
        if (at.isEmpty()) {
            return why("VM " + m.vm() + " is not placed on any host in " + source);
        }
        if (at.get().equals(m.to())) {
            return why("VM " + m.vm() + " already runs on its target " + m.to());
        }
        if (!at.get().equals(m.from())) {
            return why("VM " + m.vm() + " runs on " + at.get() + ", not on the planned source " + m.from() + " (it moved after the plan was made)");
        }
        Optional<Host> target = state.inventory().host(m.to());
        if (target.isEmpty()) {
            return why("target host " + m.to() + " does not exist in " + source);
        }
        Optional<String> maintenance = maintenance(target.get(), state);
        if (maintenance.isPresent()) {
            return maintenance;
        }
        long free = target.get().memoryMib() - state.committedMemoryMib(m.to());
        if (vm.get().memoryMib() > free) {
            return why("target host " + m.to() + " has " + Math.max(0, free) + " MiB of memory free (moves in flight included); VM "
                    + m.vm() + " needs " + vm.get().memoryMib() + " MiB");
        }
        for (Constraint rule : state.rules()) {
            Optional<String> broken = breaks(rule, m, vm.get(), target.get(), state);
            if (broken.isPresent()) {
                return broken;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> maintenance(Host target, ClusterState state) {
        for (Constraint c : state.rules()) {
            if (c instanceof HostMaintenance hm && hm.hostId().equals(target.id())) {
                return why("target host " + target.id() + " is in maintenance (" + hm.reason() + ")");
            }
        }
        return target.inMaintenance() ? why("target host " + target.id() + " is in maintenance") : Optional.empty();
    }

    private static Optional<String> breaks(Constraint rule, Move m, Vm vm, Host target, ClusterState state) {
        if (rule instanceof ExcludedVms ex && ex.vmIds().contains(m.vm())) {
            return why("VM " + m.vm() + " is excluded from migration by '" + ex.name() + "' (" + ex.reason() + ")");
        }
        if (rule instanceof VmHostRule r && r.strength() == Strength.MUST && r.vmIds().contains(m.vm())
                && r.hostIds().contains(m.to()) != r.onHosts()) {
            return why("must rule '" + r.name() + "' keeps VM " + m.vm() + (r.onHosts() ? " on " : " off ") + String.join(", ", r.hostIds()));
        }
        if (rule instanceof VmAffinityRule r && r.strength() == Strength.MUST && r.vmIds().contains(m.vm())) {
            return r.together() ? together(r, m, state) : apart(r, m, state);
        }
        if (rule instanceof ZoneRule z && z.vmIds().contains(m.vm()) && !z.allowedZones().contains(target.availabilityZone())) {
            return why("zone rule '" + z.name() + "' allows VM " + m.vm() + " only in " + String.join(", ", z.allowedZones())
                    + "; target host " + m.to() + " is in " + target.availabilityZone());
        }
        if (rule instanceof ComplianceRule cr && cr.vmIds().contains(m.vm()) && !target.hasTag(cr.tag())) {
            return why("VM " + vm.id() + " carries compliance tag '" + cr.tag() + "'; target host " + m.to() + " does not");
        }
        return Optional.empty();
    }

    /** Anti-affinity: no other VM of the rule may run on, or be heading to, the target. */
    private static Optional<String> apart(VmAffinityRule r, Move m, ClusterState state) {
        for (String other : r.vmIds()) {
            if (!other.equals(m.vm()) && state.isOnOrHeadingTo(other, m.to())) {
                return why("must anti-affinity rule '" + r.name() + "' keeps VM " + m.vm() + " apart from VM " + other
                        + ", which is on host " + m.to());
            }
        }
        return Optional.empty();
    }

    /** Affinity: a group that runs together now must not be split by the move. */
    private static Optional<String> together(VmAffinityRule r, Move m, ClusterState state) {
        long hosts = r.vmIds().stream().map(v -> state.hostOf(v).orElse("")).distinct().count();
        boolean others = r.vmIds().size() > 1;
        if (hosts == 1 && others) {
            return why("must affinity rule '" + r.name() + "' keeps VM " + m.vm() + " on the same host as " + String.join(", ",
                    r.vmIds().stream().filter(v -> !v.equals(m.vm())).toList()) + "; moving it alone splits the group");
        }
        return Optional.empty();
    }

    private static Optional<String> why(String reason) {
        return Optional.of(reason);
    }
}
