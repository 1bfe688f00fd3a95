package dev.harmony.connectors.vcenter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.connectors.vcenter.sim.SharedSimulator;
import dev.harmony.connectors.vcenter.sim.Simulator;
import dev.harmony.engine.model.Constraint;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Strength;
import dev.harmony.engine.model.VmAffinityRule;
import dev.harmony.engine.model.VmHostRule;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * DRS rules created through the vSphere API on the simulator and read back as engine constraints.
 * The simulator stores rules but does not enforce them; enforcing is the planner's job.
 */
@ExtendWith(SharedSimulator.class)
class DrsRulesTest {

    @Test
    void antiAffinityRuleCreatedThroughTheApiReadsBackAsMustConstraint(Simulator simulator, @TempDir Path dir) {
        try (VcenterConnector connector = new SimulatorLogin(dir).connect(simulator)) {
            InventorySnapshot inventory = connector.inventory();
            String cluster = poolNamed(inventory, "DC0_C0");
            List<String> vms = vmsOfPool(inventory, cluster).subList(0, 3);

            new SimulatorAdmin(connector.session()).addAntiAffinityRule(cluster, "keep-db-replicas-apart", vms, true);

            assertThat(connector.constraints()).contains(
                    new VmAffinityRule("DC0_C0/keep-db-replicas-apart", java.util.Set.copyOf(vms), false, Strength.MUST));
        }
    }

    @Test
    void vmHostRuleReadsBackThroughItsGroupsWithShouldStrength(Simulator simulator, @TempDir Path dir) {
        try (VcenterConnector connector = new SimulatorLogin(dir).connect(simulator)) {
            InventorySnapshot inventory = connector.inventory();
            String cluster = poolNamed(inventory, "DC0_C1");
            List<String> vms = vmsOfPool(inventory, cluster).subList(3, 5);
            List<String> hosts = inventory.hosts().stream().filter(h -> h.poolId().equals(cluster)).map(h -> h.id()).limit(2).toList();

            SimulatorAdmin admin = new SimulatorAdmin(connector.session());
            admin.addVmHostRule(cluster, "licensed-hosts", vms, hosts, true, false, true);
            admin.addVmHostRule(cluster, "old-rule-switched-off", vms, hosts, false, true, false);

            List<Constraint> constraints = connector.constraints();
            assertThat(constraints).contains(new VmHostRule("DC0_C1/licensed-hosts", java.util.Set.copyOf(vms),
                    java.util.Set.copyOf(hosts), true, Strength.SHOULD));
            assertThat(constraints).extracting(Constraint::name).doesNotContain("DC0_C1/old-rule-switched-off");
        }
    }

    private static String poolNamed(InventorySnapshot inventory, String name) {
        return inventory.pools().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** VMs whose current host is in the pool, in id order. */
    private static List<String> vmsOfPool(InventorySnapshot inventory, String poolId) {
        return inventory.vms().stream().map(v -> v.id())
                .filter(id -> inventory.host(inventory.placement().hostOf(id).orElseThrow()).orElseThrow().poolId().equals(poolId))
                .sorted().toList();
    }
}
