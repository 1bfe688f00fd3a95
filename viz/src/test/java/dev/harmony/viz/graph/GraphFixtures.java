package dev.harmony.viz.graph;

import dev.harmony.engine.affinity.matrix.AffinityEntry;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Pool;
import dev.harmony.engine.model.Vm;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small pool for the graph tests: web-1 and db-1 on esx-a, batch-1 and cache-1 on esx-b (in maintenance). */
final class GraphFixtures {
    private GraphFixtures() {
    }

    static InventorySnapshot inventory() {
        return inventory(Map.of("vm-web", "h-a", "vm-db", "h-a", "vm-batch", "h-b", "vm-cache", "h-b"));
    }

    static InventorySnapshot inventory(Map<String, String> placement) {
        Host a = new Host("h-a", "esx-a", "p1", 32, 83_200, 393_216, 25_000, "az1", Set.of(), false);
        Host b = new Host("h-b", "esx-b", "p1", 32, 83_200, 393_216, 25_000, "az1", Set.of(), true);
        List<Vm> vms = List.of(vm("vm-web", "web-1"), vm("vm-db", "db-1"), vm("vm-batch", "batch-1"), vm("vm-cache", "cache-1"));
        return new InventorySnapshot(Instant.parse("2013-07-07T22:00:00Z"), "test", List.of(new Pool("p1", "Pool", "dc1")),
                List.of(a, b), vms, new Placement(placement));
    }

    static Vm vm(String id, String name) {
        return new Vm(id, name, 2, 5_200, 8_192, "linux", "shop", Set.of(), "");
    }

    /** web–db contend (−0.8), web–batch complement (+0.5), db–cache are neutral (0.1). */
    static AffinityPairs pairs() {
        return new AffinityPairs("test pairs", List.of(
                new AffinityEntry("vm-db", "vm-web", -0.8f, true, false),
                new AffinityEntry("vm-batch", "vm-web", 0.5f, false, false),
                new AffinityEntry("vm-cache", "vm-db", 0.1f, false, false)));
    }

    /** A scene of the fixture pool built through the model. */
    static GraphScene scene() {
        AffinityGraphModel model = new AffinityGraphModel();
        model.setInventory(inventory());
        model.setPairs(pairs());
        return model.scene();
    }
}
