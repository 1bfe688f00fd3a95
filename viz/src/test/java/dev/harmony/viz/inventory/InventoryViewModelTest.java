package dev.harmony.viz.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Pool;
import dev.harmony.engine.model.Vm;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InventoryViewModelTest {

    private static InventorySnapshot snapshot() {
        Pool pool = new Pool("p1", "Pool one", "dc1");
        Host a = new Host("h-a", "esx-a", "p1", 32, 83_200, 393_216, 25_000, "az1", Set.of(), false);
        Host b = new Host("h-b", "esx-b", "p1", 32, 83_200, 393_216, 25_000, "az2", Set.of("pci"), true);
        Vm web = new Vm("vm-1", "web-1", 2, 5_200, 8_192, "linux", "shop", Set.of(), "");
        Vm db = new Vm("vm-2", "db-1", 8, 20_800, 65_536, "linux", "shop", Set.of("pci"), "");
        Vm batch = new Vm("vm-3", "batch-7", 4, 10_400, 16_384, "", "", Set.of(), "");
        Placement placement = new Placement(Map.of("vm-1", "h-a", "vm-2", "h-b", "vm-3", "h-a"));
        return new InventorySnapshot(Instant.parse("2013-07-01T00:00:00Z"), "test", List.of(pool),
                List.of(a, b), List.of(web, db, batch), placement);
    }

    @Test
    void loadingASnapshotBuildsPoolHostVmRowsAndCounts() {
        InventoryViewModel model = new InventoryViewModel();
        model.snapshotProperty().set(snapshot());

        List<InventoryNode> rows = model.rowsProperty().get();
        assertThat(rows).singleElement().satisfies(pool -> {
            assertThat(pool.kind()).isEqualTo(InventoryNode.Kind.POOL);
            assertThat(pool.children()).extracting(InventoryNode::label).containsExactly("esx-a", "esx-b");
            assertThat(pool.children().get(0).children()).extracting(InventoryNode::id).containsExactly("vm-1", "vm-3");
        });
        assertThat(model.hostCountProperty().get()).isEqualTo(2);
        assertThat(model.vmCountProperty().get()).isEqualTo(3);
        assertThat(model.summaryProperty().get()).contains("2 hosts (1 in maintenance)").contains("3 VMs");
    }

    @Test
    void searchKeepsMatchingVmsWithTheirHostAndPool() {
        InventoryViewModel model = new InventoryViewModel();
        model.snapshotProperty().set(snapshot());
        model.searchProperty().set("BATCH");

        InventoryNode pool = model.rowsProperty().get().get(0);
        assertThat(pool.children()).singleElement().satisfies(host -> {
            assertThat(host.id()).isEqualTo("h-a");
            assertThat(host.children()).extracting(InventoryNode::id).containsExactly("vm-3");
        });
    }

    @Test
    void searchMatchingAHostKeepsAllItsVms() {
        InventoryViewModel model = new InventoryViewModel();
        model.snapshotProperty().set(snapshot());
        model.searchProperty().set("esx-b");

        assertThat(model.rowsProperty().get().get(0).children()).singleElement()
                .satisfies(host -> assertThat(host.children()).extracting(InventoryNode::id).containsExactly("vm-2"));
    }

    @Test
    void searchWithoutMatchesLeavesNoRows() {
        InventoryViewModel model = new InventoryViewModel();
        model.snapshotProperty().set(snapshot());
        model.searchProperty().set("nothing-like-this");

        assertThat(model.rowsProperty().get()).isEmpty();
    }

    @Test
    void clearingTheSnapshotResetsCounts() {
        InventoryViewModel model = new InventoryViewModel();
        model.snapshotProperty().set(snapshot());
        model.snapshotProperty().set(null);

        assertThat(model.vmCountProperty().get()).isZero();
        assertThat(model.summaryProperty().get()).isEqualTo("No inventory loaded");
    }
}
