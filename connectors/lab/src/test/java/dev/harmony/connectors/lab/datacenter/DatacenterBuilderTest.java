package dev.harmony.connectors.lab.datacenter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.connectors.lab.BundledData;
import dev.harmony.engine.model.ComplianceRule;
import dev.harmony.engine.model.ExcludedVms;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.HostMaintenance;
import dev.harmony.engine.model.Strength;
import dev.harmony.engine.model.Vm;
import dev.harmony.engine.model.VmAffinityRule;
import dev.harmony.engine.model.VmHostRule;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DatacenterBuilderTest {
    private static Datacenter dc;

    @BeforeAll
    static void build() {
        dc = new DatacenterBuilder(DatacenterOptions.defaults()).build(BundledData.bitbrains());
    }

    @Test
    void sameSeedBuildsTheSameDatacenter() {
        Datacenter again = new DatacenterBuilder(DatacenterOptions.defaults()).build(BundledData.bitbrains());

        assertThat(again).isEqualTo(dc);
    }

    @Test
    void anotherSeedPlacesDifferently() {
        Datacenter other = new DatacenterBuilder(DatacenterOptions.defaults().withSeed(7)).build(BundledData.bitbrains());

        assertThat(other.placement()).isNotEqualTo(dc.placement());
        assertThat(other.hosts()).hasSameSizeAs(dc.hosts());
    }

    @Test
    void hostsAreRealisticTwoSocketServersSpreadOverThreeZones() {
        assertThat(dc.hosts()).allSatisfy(h -> {
            assertThat(h.cpuCores()).isIn(24, 32, 48);
            assertThat(h.cpuCapacityMhz()).isEqualTo(h.cpuCores() * 2600L);
            assertThat(h.networkMbps()).isEqualTo(25_000);
        });
        assertThat(dc.hosts()).extracting(Host::availabilityZone).containsOnly("az-1", "az-2", "az-3");
        assertThat(dc.hosts().size()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void provisionedMemoryLoadsThePoolRealistically() {
        assertThat(dc.memoryLoad()).isBetween(0.5, 0.7);
        assertThat(dc.sizingRule()).contains("target load");
    }

    @Test
    void initialPlacementRespectsMemoryAndVcpuCapacity() {
        Map<String, Vm> vms = dc.vms().stream().collect(Collectors.toMap(Vm::id, Function.identity()));
        for (Host h : dc.hosts()) {
            long mib = dc.placement().vmsOn(h.id()).stream().mapToLong(v -> vms.get(v).memoryMib()).sum();
            int vcpus = dc.placement().vmsOn(h.id()).stream().mapToInt(v -> vms.get(v).vcpus()).sum();
            assertThat(mib).isLessThanOrEqualTo((long) (0.9 * h.memoryMib()));
            assertThat(vcpus).isLessThanOrEqualTo(4 * h.cpuCores());
        }
        assertThat(dc.placement().size()).isEqualTo(120);
    }

    @Test
    void mustAntiAffinityAndComplianceHoldInTheInitialPlacement() {
        var antiAffinity = dc.constraints().stream().filter(VmAffinityRule.class::isInstance).map(VmAffinityRule.class::cast)
                .filter(r -> !r.together() && r.strength() == Strength.MUST).toList();
        assertThat(antiAffinity).hasSize(2);
        antiAffinity.forEach(r -> assertThat(r.vmIds().stream().map(v -> dc.placement().hostOf(v).orElseThrow()).distinct())
                .hasSize(r.vmIds().size()));
        ComplianceRule pci = dc.constraints().stream().filter(ComplianceRule.class::isInstance)
                .map(ComplianceRule.class::cast).findFirst().orElseThrow();
        assertThat(pci.vmIds()).hasSize(3).allSatisfy(vm -> assertThat(hostOf(vm).hasTag("pci")).isTrue());
    }

    @Test
    void rulesIncludeAffinityVmHostExclusionAndMaintenance() {
        assertThat(dc.constraints()).anyMatch(c -> c instanceof VmAffinityRule r && r.together() && r.strength() == Strength.SHOULD)
                .anyMatch(c -> c instanceof VmHostRule r && r.strength() == Strength.SHOULD)
                .anyMatch(c -> c instanceof ExcludedVms e && e.vmIds().size() == 1)
                .anyMatch(c -> c instanceof HostMaintenance);
        assertThat(dc.hosts()).filteredOn(Host::inMaintenance).singleElement()
                .satisfies(h -> assertThat(h.hasTag("pci")).isFalse());
    }

    @Test
    void applicationGroupsAreInferredFromTheDataAndSaySo() {
        assertThat(dc.groups().members()).isNotEmpty().allSatisfy((name, vms) -> assertThat(vms).hasSizeBetween(2, 8));
        assertThat(dc.groups().method()).startsWith("correlation(log1p network rx+tx");
        assertThat(dc.vms()).filteredOn(vm -> !vm.application().isEmpty()).hasSize(dc.groups().groupByVm().size());
    }

    @Test
    void guestOsAndTemplateAreFilledFromTheSyntheticMix() {
        assertThat(dc.vms()).allSatisfy(vm -> {
            assertThat(vm.guestOs()).isNotBlank();
            assertThat(vm.template()).startsWith("tpl-");
        });
        assertThat(dc.vms().stream().map(Vm::guestOs).distinct()).hasSizeGreaterThan(3);
    }

    @Test
    void planetLabDayGetsADatacenterToo() {
        Datacenter pl = new DatacenterBuilder(DatacenterOptions.defaults()).build(BundledData.planetlab());

        assertThat(pl.vms()).hasSize(1052);
        assertThat(pl.placement().size()).isEqualTo(1052);
        assertThat(pl.groups().method()).contains("CPU %");
    }

    private static Host hostOf(String vm) {
        String id = dc.placement().hostOf(vm).orElseThrow();
        return dc.hosts().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }
}
