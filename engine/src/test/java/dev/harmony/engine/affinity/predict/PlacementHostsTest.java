package dev.harmony.engine.affinity.predict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.affinity.HostCapacity;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Placement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlacementHostsTest {
    private static final Host SMALL = new Host("h1", "h1", "pool", 4, 4 * 2600, 32 * 1024, 1000, "z1", Set.of(), false);
    private static final Host LARGE = new Host("h2", "h2", "pool", 16, 16 * 2600, 128 * 1024, 1000, "z1", Set.of(), false);

    @Test
    void pairApartIsMeasuredAgainstTheFirstVmsHostAndUnplacedVmsAgainstTheLargest() {
        InventorySnapshot base = SyntheticPool.inventory();
        InventorySnapshot inventory = new InventorySnapshot(base.takenAt(), "test", base.pools(), List.of(SMALL, LARGE),
                base.vms(), new Placement(Map.of("a", "h1", "b", "h1", "c", "h2")));
        PlacementHosts hosts = new PlacementHosts(inventory, SyntheticPool.IDS, 1000);

        assertThat(hosts.shared(0, 1)).isEqualTo(HostCapacity.of(SMALL, 1000));
        assertThat(hosts.shared(2, 0)).isEqualTo(HostCapacity.of(SMALL, 1000));
        assertThat(hosts.shared(2, 5)).isEqualTo(HostCapacity.of(LARGE, 1000));
        assertThat(hosts.shared(3, 4)).isEqualTo(HostCapacity.of(LARGE, 1000));
    }
}
