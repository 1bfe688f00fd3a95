package dev.harmony.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class HostAndVmTest {

    @Test
    void hostTagsAreSortedAndMaintenanceCopyChangesOnlyTheFlag() {
        Host host = new Host("h1", "esx-01", "p1", 16, 38_400, 131_072, 10_000, "az-a", Set.of("ssd", "pci"), false);

        Host inMaintenance = host.withMaintenance(true);

        assertThat(host.tags()).containsExactly("pci", "ssd");
        assertThat(host.hasTag("pci")).isTrue();
        assertThat(inMaintenance.inMaintenance()).isTrue();
        assertThat(inMaintenance.withMaintenance(false)).isEqualTo(host);
    }

    @Test
    void hostWithoutCoresOrCapacityIsRefused() {
        assertThatThrownBy(() -> new Host("h1", "x", "p1", 0, 1, 1, 0, "az", Set.of(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cpuCores");
        assertThatThrownBy(() -> new Host("h1", "x", "p1", 1, 0, 1, 0, "az", Set.of(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity");
    }

    @Test
    void vmFillsUnknownTextWithEmptyStrings() {
        Vm vm = new Vm("vm-1", "web-1", 2, 0, 4_096, null, null, null, null);

        assertThat(vm.guestOs()).isEmpty();
        assertThat(vm.application()).isEmpty();
        assertThat(vm.template()).isEmpty();
        assertThat(vm.tags()).isEmpty();
    }

    @Test
    void vmWithoutVcpusOrMemoryIsRefused() {
        assertThatThrownBy(() -> new Vm("vm-1", "x", 0, 0, 1, "", "", Set.of(), ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vcpus");
        assertThatThrownBy(() -> new Vm("vm-1", "x", 1, 0, 0, "", "", Set.of(), ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("memoryMib");
    }
}
