package dev.harmony.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlacementTest {

    @Test
    void withMovesOneVmAndLeavesTheOriginalUnchanged() {
        Placement before = new Placement(Map.of("vm-1", "h1", "vm-2", "h1"));

        Placement after = before.with("vm-1", "h2");

        assertThat(after.hostOf("vm-1")).contains("h2");
        assertThat(before.hostOf("vm-1")).contains("h1");
        assertThat(after.size()).isEqualTo(2);
    }

    @Test
    void vmsOnAHostAreSortedById() {
        Placement placement = new Placement(Map.of("vm-b", "h1", "vm-a", "h1", "vm-c", "h2"));

        assertThat(placement.vmsOn("h1")).containsExactly("vm-a", "vm-b");
        assertThat(placement.vmsOn("h3")).isEmpty();
    }

    @Test
    void unplacedVmHasNoHostAndEmptyPlacementHasNoVms() {
        assertThat(Placement.empty().hostOf("vm-1")).isEmpty();
        assertThat(Placement.empty().size()).isZero();
    }

    @Test
    void blankHostIsRefused() {
        assertThatThrownBy(() -> new Placement(Map.of("vm-1", " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("host id of vm-1");
    }
}
