package dev.harmony.viz.heatmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.affinity.matrix.AffinityEntry;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Pool;
import dev.harmony.engine.model.Vm;
import dev.harmony.viz.graph.AffinityGraphModel;
import dev.harmony.viz.graph.AffinityPairs;
import dev.harmony.viz.graph.GraphScene;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AffinityHeatMapViewModelTest {
    private final AffinityGraphModel graph = new AffinityGraphModel();

    AffinityHeatMapViewModelTest() {
        Host a = new Host("h-a", "esx-a", "p1", 32, 83_200, 393_216, 25_000, "az1", Set.of(), false);
        Host b = new Host("h-b", "esx-b", "p1", 32, 83_200, 393_216, 25_000, "az1", Set.of(), false);
        List<Vm> vms = List.of(vm("v1", "web-1"), vm("v2", "db-1"), vm("v3", "batch-1"), vm("v4", "cache-1"));
        graph.setInventory(new InventorySnapshot(Instant.EPOCH, "test", List.of(new Pool("p1", "Pool", "dc")), List.of(a, b), vms,
                new Placement(Map.of("v1", "h-a", "v2", "h-a", "v3", "h-b", "v4", "h-b"))));
        graph.setPairs(new AffinityPairs("test", List.of(
                new AffinityEntry("v1", "v2", -0.6f, true, false),
                new AffinityEntry("v1", "v3", 0.4f, false, false),
                new AffinityEntry("v2", "v4", 0.2f, false, false))));
    }

    private static Vm vm(String id, String name) {
        return new Vm(id, name, 2, 5_200, 8_192, "linux", "", Set.of(), "");
    }

    @Test
    void theHostsMapAveragesThePairsBetweenAndInsideHosts() {
        AffinityHeatMapViewModel model = new AffinityHeatMapViewModel();
        model.show(graph.scene());

        HeatMapData data = model.dataProperty().get();
        assertThat(data.labels()).containsExactly("esx-a", "esx-b");
        assertThat(data.value(0, 0)).isEqualTo(-0.6f);
        assertThat(data.value(0, 1)).isEqualTo(0.3f);
        assertThat(data.value(1, 0)).isEqualTo(0.3f);
        assertThat(data.value(1, 1)).isNaN();
        assertThat(model.describe(0, 1)).isEqualTo("esx-a × esx-b: mean affinity +0.30 over 2 pairs");
        assertThat(model.describe(1, 1)).isEqualTo("esx-b × esx-b: no pair scored");
        assertThat(model.choicesProperty().get()).extracting(HostChoice::label)
                .containsExactly("All hosts", "esx-a (2 VMs)", "esx-b (2 VMs)");
    }

    @Test
    void clickingAHostRowOpensItsVmsAndClearingTheHostGoesBack() {
        AffinityHeatMapViewModel model = new AffinityHeatMapViewModel();
        model.show(graph.scene());
        model.openRow(0);

        HeatMapData data = model.dataProperty().get();
        assertThat(data.title()).startsWith("VMs on esx-a");
        assertThat(data.labels()).containsExactly("db-1", "web-1");
        assertThat(data.value(0, 1)).isEqualTo(-0.6f);
        assertThat(data.value(0, 0)).isNaN();
        assertThat(model.describe(1, 0)).isEqualTo("web-1 × db-1: affinity -0.60");

        model.hostProperty().set(null);
        assertThat(model.dataProperty().get().size()).isEqualTo(2);
        assertThat(model.hostProperty().get().hostId()).isNull();
    }

    @Test
    void liveLoadsDoNotRebuildTheMatrix() {
        AffinityHeatMapViewModel model = new AffinityHeatMapViewModel();
        model.show(graph.scene());
        HeatMapData before = model.dataProperty().get();

        graph.setLoads(Map.of("v1", 0.9f));
        GraphScene loadsOnly = graph.scene();
        model.show(loadsOnly);

        assertThat(model.dataProperty().get()).isSameAs(before);
    }
}
