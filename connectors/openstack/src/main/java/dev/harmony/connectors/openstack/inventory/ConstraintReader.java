package dev.harmony.connectors.openstack.inventory;

import dev.harmony.connectors.openstack.compute.ComputeApi;
import dev.harmony.connectors.openstack.compute.Ladders;
import dev.harmony.connectors.openstack.compute.Microversion;
import dev.harmony.connectors.openstack.compute.ServerGroup;
import dev.harmony.engine.model.Constraint;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Strength;
import dev.harmony.engine.model.VmAffinityRule;
import dev.harmony.engine.model.ZoneRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Placement rules as the engine's constraints: server groups of every project become VM-VM rules
 * (affinity and anti-affinity MUST, their soft forms SHOULD), and, under
 * {@link ZonePolicy#KEEP_CURRENT_ZONE}, each zone's servers get a zone rule.
 */
public final class ConstraintReader {
    private static final Logger LOG = LoggerFactory.getLogger(ConstraintReader.class);

    private final ComputeApi compute;
    private final ZonePolicy zonePolicy;

    public ConstraintReader(ComputeApi compute, ZonePolicy zonePolicy) {
        this.compute = compute;
        this.zonePolicy = zonePolicy;
    }

    public List<ServerGroup> serverGroups() {
        Microversion mv = compute.use(Ladders.SERVER_GROUPS);
        return compute.list("listing server groups", "/os-server-groups?all_projects=True", "server_groups", mv).stream()
                .map(g -> ServerGroup.parse(g, mv)).toList();
    }

    /** @param inventory read only when zone rules are wanted */
    public List<Constraint> read(Supplier<InventorySnapshot> inventory) {
        List<Constraint> rules = new ArrayList<>();
        for (ServerGroup g : serverGroups()) {
            translate(g).ifPresent(rules::add);
        }
        if (zonePolicy == ZonePolicy.KEEP_CURRENT_ZONE) {
            InventorySnapshot now = inventory.get();
            Map<String, Set<String>> vmsByZone = new TreeMap<>();
            now.placement().hostByVm().forEach((vm, host) -> now.host(host).ifPresent(
                    h -> vmsByZone.computeIfAbsent(h.availabilityZone(), z -> new TreeSet<>()).add(vm)));
            vmsByZone.forEach((zone, vms) -> rules.add(new ZoneRule("zone:" + zone, vms, Set.of(zone))));
        }
        return rules;
    }

    /** One server group as a rule; empty for a group of fewer than two servers or an unknown policy. */
    public static Optional<Constraint> translate(ServerGroup g) {
        if (g.members().size() < 2) {
            return Optional.empty();
        }
        String name = "server-group:" + (g.name().isBlank() ? g.id() : g.name());
        return switch (g.policy()) {
            case "affinity" -> Optional.of(new VmAffinityRule(name, Set.copyOf(g.members()), true, Strength.MUST));
            case "soft-affinity" -> Optional.of(new VmAffinityRule(name, Set.copyOf(g.members()), true, Strength.SHOULD));
            case "anti-affinity" -> {
                if (g.maxServerPerHost() > 1) {
                    // The engine has no "at most N per host" rule: keep them apart where the planner can.
                    LOG.info("server group {} allows {} servers per host; read as a should-rule", g.name(), g.maxServerPerHost());
                    yield Optional.of(new VmAffinityRule(name, Set.copyOf(g.members()), false, Strength.SHOULD));
                }
                yield Optional.of(new VmAffinityRule(name, Set.copyOf(g.members()), false, Strength.MUST));
            }
            case "soft-anti-affinity" -> Optional.of(new VmAffinityRule(name, Set.copyOf(g.members()), false, Strength.SHOULD));
            default -> {
                LOG.warn("server group {} has policy '{}', which Harmony does not know; ignored", g.name(), g.policy());
                yield Optional.empty();
            }
        };
    }
}
