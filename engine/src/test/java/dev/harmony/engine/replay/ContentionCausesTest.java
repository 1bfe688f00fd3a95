package dev.harmony.engine.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.engine.affinity.Resource;
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
