package dev.harmony.viz.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.affinity.matrix.AffinityEntry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The feed's coalescing, driven by hand-run executors standing in for the worker and the FX thread. */
class LiveGraphFeedTest {

    /** Queues tasks until the test runs them. */
    private static final class ManualExecutor implements Executor {
        final ArrayDeque<Runnable> queued = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            queued.add(task);
        }

        void runAll() {
            while (!queued.isEmpty()) {
                queued.poll().run();
            }
        }
    }

    @Test
    void aBurstOfUpdatesCostsOneModelUpdateAndOneSceneOnTheFxThread() {
        ManualExecutor worker = new ManualExecutor();
        ManualExecutor fx = new ManualExecutor();
        List<GraphScene> shown = new ArrayList<>();
        LiveGraphFeed feed = new LiveGraphFeed(worker, fx, shown::add);

        feed.offerInventory(GraphFixtures.inventory());
        feed.offerPairs(GraphFixtures.pairs());
        for (int k = 0; k < 50; k++) {
            feed.offerLoads(Map.of("vm-web", k / 100f, "vm-db", 0.2f));
        }
        assertThat(worker.queued).hasSize(1);
        worker.runAll();
        assertThat(fx.queued).hasSize(1);
        fx.runAll();

        assertThat(shown).singleElement().satisfies(scene -> {
            assertThat(scene.vmCount()).isEqualTo(4);
            assertThat(scene.load(scene.indexOf("vm-web"))).isEqualTo(0.49f);
            assertThat(scene.edgeCount()).isEqualTo(3);
        });
    }

    @Test
    void scenesBuiltWhileTheFxThreadIsBusyReplaceEachOther() {
        ManualExecutor fx = new ManualExecutor();
        List<GraphScene> shown = new ArrayList<>();
        LiveGraphFeed feed = new LiveGraphFeed(Runnable::run, fx, shown::add);

        feed.offerInventory(GraphFixtures.inventory());
        feed.offerPairs(GraphFixtures.pairs());
        feed.offerLoads(Map.of("vm-web", 0.3f));
        feed.offerPairChanges(List.of(new AffinityEntry("vm-db", "vm-web", 0.6f, true, false)));
        assertThat(fx.queued).hasSize(1);
        fx.runAll();

        assertThat(shown).singleElement().satisfies(scene -> {
            int web = scene.indexOf("vm-web");
            assertThat(scene.score(web, scene.indexOf("vm-db"))).isEqualTo(0.6f);
            assertThat(scene.load(web)).isEqualTo(0.3f);
        });
    }

    @Test
    void theLatestHandoffTellsWhichValuesWereDropped() {
        ManualExecutor fx = new ManualExecutor();
        List<String> got = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        LatestHandoff<String> handoff = new LatestHandoff<>(fx, got::add, dropped::add);

        handoff.offer("a");
        handoff.offer("b");
        handoff.offer("c");
        fx.runAll();
        handoff.offer("d");
        fx.runAll();

        assertThat(got).containsExactly("c", "d");
        assertThat(dropped).containsExactly("a", "b");
    }
}
