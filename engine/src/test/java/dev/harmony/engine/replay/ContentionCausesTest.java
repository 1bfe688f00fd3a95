package dev.harmony.engine.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.harmony.engine.affinity.Resource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The replay's split of contention by resource and by migrations in flight, on the pool whose three VMs on h1 burst
 * on CPU (18 GHz of 16) from 13:00 to 18:00 of the replayed day.
 */
class ContentionCausesTest {
    private static PolicyResult run(ReplayPolicy policy) {
        ReplayInput pool = TwoHostPool.build(t -> t >= 2 * TwoHostPool.DAY + 13 * 12 && t < 2 * TwoHostPool.DAY + 18 * 12);
        return new ReplayRunner(ReplayOptions.defaults()).run(pool, policy, line -> { });
    }

    @Test
    void aCpuBurstWithNothingMovingIsCpuContentionWithNoMigrationInFlight() {
        PolicyResult none = run(ReplayPolicy.none());

        assertThat(none.contentionVmHours()).isEqualTo(15.0);
        assertThat(none.causes().byResource()).containsEntry(Resource.CPU, 15.0).containsEntry(Resource.MEMORY, 0.0)
                .containsEntry(Resource.DISK, 0.0).containsEntry(Resource.NETWORK, 0.0);
        assertThat(none.causes().duringMigrations()).isZero();
    }

    @Test
    void theBurstIsOneEpisodeOnTheHostItHappenedOn() {
        PolicyResult none = run(ReplayPolicy.none());

        assertThat(none.causes().episodes()).singleElement().satisfies(e -> {
            assertThat(e.host()).isEqualTo("h1");
            assertThat(e.from()).isEqualTo(Instant.parse("2013-07-03T13:00:00Z"));
            assertThat(e.to()).isEqualTo(Instant.parse("2013-07-03T18:00:00Z"));
            assertThat(e.vms()).isEqualTo(3);
            assertThat(e.vmHours()).isEqualTo(15.0);
            assertThat(e.resource()).isEqualTo(Resource.CPU);
            assertThat(e.peak()).isCloseTo(18.0 / 16, offset(0.01));
            assertThat(e.duringMigration()).isFalse();
        });
    }

    @Test
    void theReactiveRunsEpisodesAddUpToItsContentionAndOneHadTheMoveInFlight() {
        PolicyResult reactive = run(ReplayPolicy.reactiveBalancer());

        List<ContentionEpisode> episodes = reactive.causes().episodes();
        assertThat(episodes).isNotEmpty().allMatch(e -> e.host().equals("h1"));
        assertThat(episodes.stream().mapToDouble(ContentionEpisode::vmHours).sum())
                .isCloseTo(reactive.contentionVmHours(), offset(1e-9));
        assertThat(episodes).anyMatch(ContentionEpisode::duringMigration);
        assertThat(episodes.get(0).from()).isEqualTo(Instant.parse("2013-07-03T13:00:00Z"));
    }

    @Test
    void aReactiveRuleThatChecksEveryFiveMinutesEndsTheBurstSooner() {
        ReplayInput pool = TwoHostPool.build(t -> t >= 2 * TwoHostPool.DAY + 13 * 12 && t < 2 * TwoHostPool.DAY + 18 * 12);
        PolicyResult slow = run(ReplayPolicy.reactiveBalancer());
        PolicyResult fast = new ReplayRunner(ReplayOptions.defaults().withReactiveEvery(java.time.Duration.ofMinutes(5)))
                .run(pool, ReplayPolicy.reactiveBalancer(), line -> { });

        assertThat(fast.contentionVmHours()).isLessThan(slow.contentionVmHours());
        assertThat(fast.causes().episodes()).allMatch(e -> !e.from().isBefore(Instant.parse("2013-07-03T13:00:00Z")));
    }

    @Test
    void totalsOverSeveralDatacentersKeepNoEpisodes() {
        PolicyResult none = run(ReplayPolicy.none());
        assertThat(PolicyResult.total(List.of(none, none)).causes().episodes()).isEmpty();
    }

    @Test
    void theReactiveMoveOffTheHotHostRunsWhileItIsStillContended() {
        PolicyResult reactive = run(ReplayPolicy.reactiveBalancer());

        // The balancer waits 15 minutes with nothing in flight; then the move's CPU overhead lands on the host it
        // relieves, which stays contended until the VM has left.
        assertThat(reactive.contentionVmHours()).isPositive().isLessThan(15.0);
        assertThat(reactive.causes().duringMigrations()).isPositive().isLessThan(reactive.contentionVmHours());
        assertThat(reactive.causes().byResource().get(Resource.CPU)).isEqualTo(reactive.contentionVmHours());
    }

    @Test
    void everyResourceHasItsFigure() {
        assertThatThrownBy(() -> new ContentionCauses(Map.of(Resource.CPU, 1.0), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MEMORY");
    }
}
