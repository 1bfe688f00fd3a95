package dev.harmony.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InventorySnapshotTest {
    private static final Instant NOW = Instant.parse("2013-07-01T12:00:00Z");
    private static final Pool POOL = new Pool("p1", "cluster-1", "dc-1");
    private static final Host H1 = new Host("h1", "esx-01", "p1", 16, 38_400, 131_072, 10_000, "az-a", Set.of(), false);
    private static final Vm VM1 = new Vm("vm-1", "web-1", 2, 5_200, 4_096, "", "", Set.of(), "");

    @Test
    void findsHostsAndVmsById() {
        InventorySnapshot snapshot = new InventorySnapshot(NOW, "lab:rnd", List.of(POOL), List.of(H1), List.of(VM1),
                new Placement(Map.of("vm-1", "h1")));

        assertThat(snapshot.host("h1")).contains(H1);
        assertThat(snapshot.vm("vm-1")).contains(VM1);
        assertThat(snapshot.host("h9")).isEmpty();
    }

    @Test
    void placementOnAnUnknownHostIsRefused() {
        Placement onGhost = new Placement(Map.of("vm-1", "ghost"));

        assertThatThrownBy(() -> new InventorySnapshot(NOW, "lab:rnd", List.of(POOL), List.of(H1), List.of(VM1), onGhost))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown host ghost");
    }

    @Test
    void withPlacementKeepsEverythingElse() {
        Host h2 = new Host("h2", "esx-02", "p1", 16, 38_400, 131_072, 10_000, "az-a", Set.of(), false);
        InventorySnapshot snapshot = new InventorySnapshot(NOW, "lab:rnd", List.of(POOL), List.of(H1, h2), List.of(VM1),
                new Placement(Map.of("vm-1", "h1")));

        InventorySnapshot moved = snapshot.withPlacement(NOW.plusSeconds(60), snapshot.placement().with("vm-1", "h2"));

        assertThat(moved.placement().hostOf("vm-1")).contains("h2");
        assertThat(moved.takenAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(moved.hosts()).isEqualTo(snapshot.hosts());
        assertThat(moved.vms()).isEqualTo(snapshot.vms());
    }
}
