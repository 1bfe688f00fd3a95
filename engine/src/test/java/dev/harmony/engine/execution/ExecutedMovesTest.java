package dev.harmony.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.planner.RecentMove;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Executed moves read back from a real journal as the planner's migration history. */
class ExecutedMovesTest {
    private final ExecutionFixtures fx = new ExecutionFixtures();
    private final FakeConnector pool = new FakeConnector().host("h1", 64_000).host("h2", 64_000).host("h3", 64_000)
            .vm("vm1", "h1", 4096).vm("vm2", "h1", 4096).vm("vm3", "h2", 4096);

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void doneMovesOfTheSourceBecomeRecentMovesOnThePlansClock() throws Exception {
        fx.approveAndSchedule(ExecutionFixtures.plan("p1", pool.name(), "vm1:h1:h2", "vm3:h2:h3", "vm2:h1:h3"), Set.of("m1", "m2"));
        fx.store.plans().propose(ExecutionFixtures.plan("other", "lab:elsewhere", "vm2:h1:h2"), "planner");
        new PlanExecutor(pool, fx.store, new RulePreflight(pool.name()), ExecutionFixtures.fastOptions(), e -> { }).execute("p1");
        Instant planNow = Instant.parse("2013-07-07T22:00:00Z");

        List<RecentMove> recent = new ExecutedMoves(fx.store).recent(pool.name(), Instant.now().plusSeconds(3600), planNow,
                Duration.ofHours(48));

        // vm2's move was not approved, so it never ran; the other source's plan never ran either.
        assertThat(recent).extracting(RecentMove::vm, RecentMove::from, RecentMove::to).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("vm1", "h1", "h2"), org.assertj.core.groups.Tuple.tuple("vm3", "h2", "h3"));
        // Done about an hour before the wall clock's now, so about an hour before the plan's now.
        assertThat(recent).allSatisfy(m -> assertThat(Duration.between(m.at(), planNow))
                .isBetween(Duration.ofMinutes(59), Duration.ofMinutes(61)));
    }

    @Test
    void movesOlderThanTheLookbackAreLeftOut() throws Exception {
        fx.approveAndSchedule(ExecutionFixtures.plan("p1", pool.name(), "vm1:h1:h2"), Set.of());
        new PlanExecutor(pool, fx.store, new RulePreflight(pool.name()), ExecutionFixtures.fastOptions(), e -> { }).execute("p1");

        assertThat(new ExecutedMoves(fx.store).recent(pool.name(), Instant.now().plus(Duration.ofDays(3)), Instant.now(),
                Duration.ofHours(48))).isEmpty();
    }
}
