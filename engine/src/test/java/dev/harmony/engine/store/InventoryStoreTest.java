package dev.harmony.engine.store;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InventoryStoreTest {
    private static final Instant NOON = Instant.parse("2013-07-01T12:00:00.123456789Z");

    private HarmonyStore store;
    private InventoryStore inventory;

    @BeforeEach
    void openStore() {
        store = StoreFixtures.memoryStore();
        inventory = store.inventory();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    static InventorySnapshot snapshot(String source, Instant at) {
        List<Host> hosts = List.of(
                new Host("h1", "esx-01", "p1", 32, 76_800, 262_144, 10_000, "az-a", Set.of("pci", "ssd"), false),
                new Host("h2", "esx-02", "p1", 32, 76_800, 262_144, 10_000, "az-b", Set.of(), true));
        List<Vm> vms = List.of(
                new Vm("vm-1", "web-1", 2, 5_852, 8_026, "linux", "shop", Set.of("pci"), "tpl-web"),
                new Vm("vm-2", "db-1", 8, 23_408, 65_536, "", "", Set.of(), ""));
        return new InventorySnapshot(at, source, List.of(new Pool("p1", "cluster-1", "dc-1")), hosts, vms,
                new Placement(Map.of("vm-1", "h1", "vm-2", "h2")));
    }

    @Test
    void snapshotReadsBackEqualToTheOriginal() {
        InventorySnapshot original = snapshot("lab:bitbrains-rnd", NOON);

        long id = inventory.save(original);

        assertThat(inventory.find(id)).contains(original);
        assertThat(inventory.find(id + 1)).isEmpty();
    }

    @Test
    void latestIsTheNewestByTakenAtForThatSource() {
        inventory.save(snapshot("lab:rnd", NOON.plusSeconds(60)));
        inventory.save(snapshot("lab:rnd", NOON));
        inventory.save(snapshot("vcenter:vc01", NOON.plusSeconds(600)));

        assertThat(inventory.latest("lab:rnd")).map(InventorySnapshot::takenAt).contains(NOON.plusSeconds(60));
        assertThat(inventory.latest("openstack:none")).isEmpty();
    }

    @Test
    void listShowsEverySnapshotNewestFirst() {
        long older = inventory.save(snapshot("lab:rnd", NOON));
        long newer = inventory.save(snapshot("vcenter:vc01", NOON.plusSeconds(600)));

        assertThat(inventory.list()).containsExactly(
                new SnapshotSummary(newer, "vcenter:vc01", NOON.plusSeconds(600)),
                new SnapshotSummary(older, "lab:rnd", NOON));
    }
}
