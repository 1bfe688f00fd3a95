package dev.harmony.connectors.vcenter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.connectors.vcenter.sim.SharedSimulator;
import dev.harmony.connectors.vcenter.sim.Simulator;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Pool;
import dev.harmony.engine.model.Vm;
import dev.harmony.engine.store.HarmonyStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator's inventory (1 datacenter, 2 clusters of 4 hosts, 128 VMs in six shapes) read
 * through the property collector and mapped to the engine's records, then kept in the store.
 */
@ExtendWith(SharedSimulator.class)
class InventoryMappingTest {

    @Test
    void clustersBecomePoolsAndHostsCarryTheirCapacity(Simulator simulator, @TempDir Path dir) {
        InventorySnapshot inventory;
        try (VcenterConnector connector = new SimulatorLogin(dir).connect(simulator)) {
            inventory = connector.inventory();
        }
        assertThat(inventory.source()).isEqualTo("vcenter:127.0.0.1:" + simulator.port());
        assertThat(inventory.pools()).extracting(Pool::name).containsExactlyInAnyOrder("DC0_C0", "DC0_C1");
        assertThat(inventory.pools()).extracting(Pool::datacenter).containsOnly("DC0");
        assertThat(inventory.hosts()).hasSize(8);
        Set<String> poolIds = inventory.pools().stream().map(Pool::id).collect(Collectors.toSet());
        for (Host host : inventory.hosts()) {
            assertThat(poolIds).contains(host.poolId());
            // The simulator main sizes every host at 2 x 16 cores of 2.6 GHz and 512 GiB.
            assertThat(host.cpuCores()).isEqualTo(32);
            assertThat(host.cpuCapacityMhz()).isEqualTo(32 * 2600L);
            assertThat(host.memoryMib()).isEqualTo(512 * 1024L);
            assertThat(host.availabilityZone()).isEqualTo("DC0");
        }
        assertThat(inventory.hosts().stream().collect(Collectors.groupingBy(Host::poolId, Collectors.counting())).values())
                .containsOnly(4L);
    }

    @Test
    void vmsCarrySizeGuestFolderAndCurrentHost(Simulator simulator, @TempDir Path dir) {
        InventorySnapshot inventory;
        try (VcenterConnector connector = new SimulatorLogin(dir).connect(simulator)) {
            inventory = connector.inventory();
        }
        assertThat(inventory.vms()).hasSizeGreaterThanOrEqualTo(120).hasSize(simulator.vms());
        assertThat(inventory.vms()).extracting(Vm::vcpus).containsOnly(1, 2, 4, 8);
        assertThat(inventory.vms()).extracting(Vm::memoryMib).containsOnly(2048L, 4096L, 8192L, 16384L);
        assertThat(inventory.vms()).extracting(Vm::guestOs).contains("Red Hat Enterprise Linux 8 (64-bit)",
                "Microsoft Windows Server 2016 (64-bit)", "Ubuntu Linux (64-bit)");
        assertThat(inventory.placement().size()).isEqualTo(inventory.vms().size());
        for (Vm vm : inventory.vms()) {
            assertThat(vm.cpuCapacityMhz()).isEqualTo(vm.vcpus() * 2600L);
            assertThat(vm.tags()).anyMatch(t -> t.startsWith("folder:/"));
            assertThat(inventory.host(inventory.placement().hostOf(vm.id()).orElseThrow())).isPresent();
        }
    }

    @Test
    void folderAndCustomAttributesBecomeVmTags(Simulator simulator, @TempDir Path dir) {
        try (VcenterConnector connector = new SimulatorLogin(dir).connect(simulator)) {
            List<Vm> vms = connector.inventory().vms();
            String billing = vms.get(10).id();
            String other = vms.get(11).id();
            SimulatorAdmin admin = new SimulatorAdmin(connector.session());
            admin.moveIntoNewFolder("finance", List.of(billing, other));
            admin.setAttribute(billing, "application", "billing");
            admin.setAttribute(billing, "owner", "team-ledger");

            InventorySnapshot after = connector.inventory();
            Vm tagged = after.vm(billing).orElseThrow();
            assertThat(tagged.tags()).contains("folder:/finance", "attr:application=billing", "attr:owner=team-ledger");
            assertThat(tagged.application()).isEqualTo("billing");
            assertThat(after.vm(other).orElseThrow().tags()).contains("folder:/finance");
        }
    }

    @Test
    void snapshotIsKeptInTheStoreAsRead(Simulator simulator, @TempDir Path dir) {
        try (VcenterConnector connector = new SimulatorLogin(dir).connect(simulator);
                HarmonyStore store = HarmonyStore.inMemory("vcenter-inventory")) {
            InventorySnapshot inventory = connector.inventory();
            long id = store.inventory().save(inventory);
            InventorySnapshot kept = store.inventory().find(id).orElseThrow();
            assertThat(kept.vms()).hasSize(inventory.vms().size());
            assertThat(kept.placement()).isEqualTo(inventory.placement());
            assertThat(store.inventory().latest(connector.name())).isPresent();
        }
    }
}
