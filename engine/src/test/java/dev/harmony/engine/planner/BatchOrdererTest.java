package dev.harmony.engine.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.health.HealthOptions;
import dev.harmony.engine.simulation.MigrationOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ordering moves so that no state on the way overloads a host: caps, dependencies and staging. */
class BatchOrdererTest {

    private static BatchOrderer.Order order(PoolFixture fixture, PlannerOptions options, List<BatchOrderer.Wanted> moves) {
        PoolView pool = new PoolView(fixture.request(), options, HealthOptions.defaults());
        Candidates all = new Candidates(List.copyOf(pool.vms.keySet()), List.of(), List.of());
        Problem problem = new ProblemBuilder(pool, MigrationOptions.defaults()).build(all);
        return new BatchOrderer(problem, pool).order(moves);
    }

    @Test
    void swapBetweenTwoFullHostsGoesThroughAStagingHost() {
        // Each host holds 56 of its 58.9 GiB limit: neither can take the other's VM before its own leaves.
        PoolFixture pool = new PoolFixture().host("h1").host("h2").host("h3")
                .vm("a", "h1", 1_000, 28_672).vm("a2", "h1", 1_000, 28_672)
                .vm("b", "h2", 1_000, 28_672).vm("b2", "h2", 1_000, 28_672);
        BatchOrderer.Order order = order(pool, PoolFixture.options(),
                List.of(new BatchOrderer.Wanted("a", "h2"), new BatchOrderer.Wanted("b", "h1")));
        assertThat(order.leftOut()).isEmpty();
        assertThat(order.steps().get(0)).satisfies(s -> {
            assertThat(s.staging()).isTrue();
            assertThat(s.to()).isEqualTo("h3");
        });
        assertThat(order.steps()).extracting(Step::to).containsSubsequence("h3", "h1", "h2");
        assertThat(order.steps().get(order.steps().size() - 1).from()).isEqualTo("h3");
    }

    @Test
    void movesThatNeedRoomWaitForTheBatchThatMakesIt() {
        PoolFixture pool = new PoolFixture().host("h1").host("h2").host("h3")
                .vm("a", "h1", 1_000, 30_000).vm("b", "h2", 1_000, 30_000).vm("c", "h2", 1_000, 28_000);
        BatchOrderer.Order order = order(pool, PoolFixture.options(),
                List.of(new BatchOrderer.Wanted("a", "h2"), new BatchOrderer.Wanted("b", "h3")));
        assertThat(order.steps()).extracting(Step::vm, Step::batch)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("b", 1), org.assertj.core.groups.Tuple.tuple("a", 2));
    }

    @Test
    void batchesKeepTheirSizeAndPerHostCaps() {
        PoolFixture pool = new PoolFixture().host("h1").host("h2").host("h3");
        for (int i = 0; i < 6; i++) {
            pool.vm("v" + i, "h1", 500, 2048);
        }
        List<BatchOrderer.Wanted> moves = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            moves.add(new BatchOrderer.Wanted("v" + i, i % 2 == 0 ? "h2" : "h3"));
        }
        BatchOrderer.Order order = order(pool, PoolFixture.options().withBatches(4, 2), moves);
        assertThat(order.steps()).hasSize(6);
        java.util.Map<Integer, Long> perBatch = order.steps().stream()
                .collect(java.util.stream.Collectors.groupingBy(Step::batch, java.util.stream.Collectors.counting()));
        assertThat(perBatch.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
    }
}
