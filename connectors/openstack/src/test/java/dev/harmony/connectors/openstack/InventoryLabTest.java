package dev.harmony.connectors.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.connectors.openstack.compute.HostResources;
import dev.harmony.connectors.openstack.compute.Hypervisor;
import dev.harmony.connectors.openstack.compute.Ladders;
import dev.harmony.connectors.openstack.compute.Microversion;
import dev.harmony.connectors.openstack.lab.OpenStackLab;
import dev.harmony.connectors.openstack.lab.SharedLab;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Pool;
import dev.harmony.engine.model.Strength;
import dev.harmony.engine.model.Vm;
import dev.harmony.engine.model.VmAffinityRule;
import dev.harmony.engine.model.ZoneRule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Nova's view of the lab as the engine's inventory and rules, at the microversions a cloud may offer. */
@ExtendWith(SharedLab.class)
class InventoryLabTest {

    @Test
    void threeHypervisorsSixServersTwoZonesAndTheServerGroups(OpenStackLab lab) {
        try (OpenStackConnector openstack = OpenStackConnector.open(lab.adminOptions())) {
            InventorySnapshot inventory = openstack.inventory();

            assertThat(inventory.source()).isEqualTo("openstack:127.0.0.1:5000");
            assertThat(inventory.hosts()).extracting(Host::id).containsExactlyInAnyOrder("fake-host-1", "fake-host-2", "fake-host-3");
            assertThat(inventory.pools()).extracting(Pool::id).containsExactly("az2", "nova");
            Host third = inventory.host("fake-host-3").orElseThrow();
            assertThat(third.availabilityZone()).isEqualTo("az2");
            assertThat(third.tags()).contains("aggregate:agg-az2", "hypervisor:fake");
            assertThat(third.memoryMib()).isEqualTo(800_000);
            assertThat(third.cpuCapacityMhz()).isEqualTo(1000L * 2600);
            assertThat(third.inMaintenance()).isFalse();
            for (int i = 1; i <= 6; i++) {
                String id = lab.server("vm" + i);
                Vm vm = inventory.vm(id).orElseThrow();
                boolean small = i % 2 == 1; // the lab boots odd servers with m1.small, even ones with m1.tiny
                assertThat(vm.name()).isEqualTo("vm" + i);
                assertThat(vm.vcpus()).isEqualTo(small ? 2 : 1);
                assertThat(vm.memoryMib()).isEqualTo(small ? 2048 : 512);
                assertThat(vm.tags()).contains("flavor:" + (small ? "m1.small" : "m1.tiny"), "status:ACTIVE");
                assertThat(vm.template()).isEqualTo(lab.get("IMAGE_ID"));
                assertThat(inventory.placement().hostOf(id)).isPresent();
            }

            assertThat(openstack.constraints()).contains(
                    new VmAffinityRule("server-group:web", Set.of(lab.server("vm1"), lab.server("vm3")), false, Strength.MUST),
                    new VmAffinityRule("server-group:cache", Set.of(lab.server("vm2"), lab.server("vm5")), true, Strength.SHOULD))
                    .anySatisfy(c -> assertThat(c).isInstanceOfSatisfying(ZoneRule.class,
                            z -> assertThat(z.allowedZones()).containsExactly("az2")));
        }
    }

    @Test
    void from288CapacityAndUsageComeFromPlacementAndMatchTheServersOnEachHost(OpenStackLab lab) {
        try (OpenStackConnector openstack = OpenStackConnector.open(lab.adminOptions())) {
            InventorySnapshot inventory = openstack.inventory();
            Map<String, Long> memoryOnHost = inventory.placement().hostByVm().entrySet().stream().collect(Collectors.groupingBy(
                    Map.Entry::getValue, Collectors.summingLong(e -> inventory.vm(e.getKey()).orElseThrow().memoryMib())));

            List<Hypervisor> hypervisors = openstack.hypervisors();

            assertThat(hypervisors).hasSize(3);
            for (Hypervisor h : hypervisors) {
                HostResources r = h.resources().orElseThrow();
                assertThat(r.source()).isEqualTo("placement");
                assertThat(r.vcpus()).isEqualTo(1000);
                assertThat(r.memoryMbUsed()).as(h.serviceHost()).isEqualTo(memoryOnHost.getOrDefault(h.serviceHost(), 0L));
                assertThat(h.id()).hasSize(36);
            }
        }
    }

    @Test
    void upTo287TheHypervisorsOwnUsageFieldsAreRead(OpenStackLab lab) throws InterruptedException {
        try (OpenStackConnector openstack = OpenStackConnector.open(lab.adminOptions().withMaxMicroversion(Microversion.of("2.87")))) {
            assertThat(openstack.microversionFor(Ladders.HYPERVISORS)).isEqualTo(Microversion.of("2.53"));
            // nova-compute refreshes these fields every 10 s in the lab: wait for a settled total
            int running = -1;
            for (int i = 0; i < 40 && running != 6; i++) {
                List<Hypervisor> hypervisors = openstack.hypervisors();
                assertThat(hypervisors).allSatisfy(h -> {
                    assertThat(h.resources().orElseThrow().source()).isEqualTo("hypervisor");
                    assertThat(h.resources().orElseThrow().memoryMb()).isEqualTo(800_000);
                });
                running = hypervisors.stream().mapToInt(h -> h.resources().orElseThrow().runningVms()).sum();
                if (running != 6) {
                    Thread.sleep(1000);
                }
            }
            assertThat(running).isEqualTo(6);
        }
    }

    @Test
    void atMicroversion21FlavorsAreLookedUpAndTheInventoryIsTheSame(OpenStackLab lab) {
        try (OpenStackConnector newest = OpenStackConnector.open(lab.adminOptions());
                OpenStackConnector oldest = OpenStackConnector.open(lab.adminOptions().withMaxMicroversion(Microversion.BASE))) {
            assertThat(oldest.microversionFor(Ladders.SERVERS)).isEqualTo(Microversion.BASE);

            InventorySnapshot old = oldest.inventory();
            InventorySnapshot now = newest.inventory();

            assertThat(old.vms()).hasSize(now.vms().size()).isNotEmpty();
            for (Vm vm : now.vms()) {
                Vm same = old.vm(vm.id()).orElseThrow();
                assertThat(same.vcpus()).isEqualTo(vm.vcpus());
                assertThat(same.memoryMib()).isEqualTo(vm.memoryMib());
            }
            assertThat(old.hosts()).extracting(Host::memoryMib).containsOnly(800_000L);
        }
    }
}
