package dev.harmony.viz.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.affinity.matrix.AffinityEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AffinityGraphModelTest {

    @Test
    void sceneGroupsVmsByHostAndSortsPairsStrongestFirst() {
        GraphScene scene = GraphFixtures.scene();

        assertThat(scene.vmCount()).isEqualTo(4);
        assertThat(scene.hostCount()).isEqualTo(2);
        assertThat(scene.hostName(0)).isEqualTo("esx-a");
        assertThat(scene.hostInMaintenance(1)).isTrue();
        assertThat(java.util.Arrays.stream(scene.vmsOf(0)).mapToObj(scene::vmName)).containsExactly("db-1", "web-1");
        assertThat(scene.edgeCount()).isEqualTo(3);
        assertThat(scene.edgeScore(0)).isEqualTo(-0.8f);
        assertThat(scene.edgeScore(2)).isEqualTo(0.1f);
        assertThat(scene.edgeCoLocated(0)).as("web and db share esx-a").isTrue();
        assertThat(scene.edgesAtLeast(0.3)).isEqualTo(2);
        assertThat(scene.score(scene.indexOf("vm-web"), scene.indexOf("vm-batch"))).isEqualTo(0.5f);
        assertThat(scene.score(scene.indexOf("vm-batch"), scene.indexOf("vm-cache"))).isNaN();
    }

    @Test
    void newPairsReplaceTheOldAndPairsOfUnknownVmsAreSkipped() {
        AffinityGraphModel model = new AffinityGraphModel();
        model.setInventory(GraphFixtures.inventory());
        model.setPairs(GraphFixtures.pairs());
        model.setPairs(new AffinityPairs("later", List.of(
                new AffinityEntry("vm-batch", "vm-cache", -0.4f, true, false),
                new AffinityEntry("vm-gone", "vm-web", 0.9f, false, false))));

        GraphScene scene = model.scene();
        assertThat(scene.edgeCount()).isEqualTo(1);
        assertThat(scene.basis()).isEqualTo("later");
        assertThat(model.pairCount()).isEqualTo(1);
    }

    @Test
    void loadsAloneKeepTheLayoutAndPairsOfTheLastScene() {
        AffinityGraphModel model = new AffinityGraphModel();
        model.setInventory(GraphFixtures.inventory());
        model.setPairs(GraphFixtures.pairs());
        GraphScene before = model.scene();

        model.setLoads(Map.of("vm-web", 0.75f, "vm-unknown", 0.5f));
        GraphScene after = model.scene();

        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(after.edgeScore).isSameAs(before.edgeScore);
        assertThat(after.x).isSameAs(before.x);
        assertThat(after.load(after.indexOf("vm-web"))).isEqualTo(0.75f);
        assertThat(before.load(before.indexOf("vm-web"))).isNaN();
        assertThat(model.scene()).as("nothing changed since").isSameAs(after);
    }

    @Test
    void aMigrationMovesTheVmAndRecomputesWhichPairsShareAHost() {
        AffinityGraphModel model = new AffinityGraphModel();
        model.setInventory(GraphFixtures.inventory());
        model.setPairs(GraphFixtures.pairs());
        model.setInventory(GraphFixtures.inventory(Map.of("vm-web", "h-b", "vm-db", "h-a", "vm-batch", "h-b", "vm-cache", "h-b")));

        GraphScene scene = model.scene();
        int web = scene.indexOf("vm-web");
        assertThat(scene.hostName(scene.hostOf(web))).isEqualTo("esx-b");
        for (int e = 0; e < scene.edgeCount(); e++) {
            boolean webBatch = scene.vmId(scene.edgeA(e)).equals("vm-batch") || scene.vmId(scene.edgeB(e)).equals("vm-batch");
            if (webBatch) {
                assertThat(scene.edgeCoLocated(e)).isTrue();
            }
        }
    }

    @Test
    void vmsOfAHostAreOrderedByNameWithNumbersInNaturalOrder() {
        assertThat(java.util.stream.Stream.of("vm-10", "40", "vm-9", "121", "db", "007").sorted(NaturalOrder.INSTANCE))
                .containsExactly("007", "40", "121", "db", "vm-9", "vm-10");
    }

    @Test
    void layoutKeepsEveryVmInsideItsHostAndHostsApart() {
        GraphScene scene = GraphFixtures.scene();
        for (int i = 0; i < scene.vmCount(); i++) {
            int h = scene.hostOf(i);
            assertThat(Math.hypot(scene.x[i] - scene.hostX[h], scene.y[i] - scene.hostY[h])).isLessThan(scene.hostR[h]);
        }
        double apart = Math.hypot(scene.hostX[0] - scene.hostX[1], scene.hostY[0] - scene.hostY[1]);
        assertThat(apart).isGreaterThan(scene.hostR[0] + scene.hostR[1]);
        assertThat(GraphFixtures.scene().x).as("deterministic").containsExactly(scene.x);
    }
}
