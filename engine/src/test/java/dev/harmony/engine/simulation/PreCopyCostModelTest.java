package dev.harmony.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The pre-copy migration cost. */
class PreCopyCostModelTest {
    private final PreCopyCostModel model = new PreCopyCostModel(MigrationOptions.defaults());
    private static final double LINK = 10_000;
    // 10 Gbit/s at 80 % is 953.67 MiB/s.
    private static final double RATE = LINK * 0.8 * 1e6 / 8 / 1024 / 1024;

    @Test
    void idleVmIsCopiedOnceAndStunnedForTheSwitchOverAlone() {
        MigrationCost c = model.cost(8192, 0, LINK);

        assertThat(c.rounds()).isEqualTo(1);
        assertThat(c.converged()).isTrue();
        assertThat(c.transferredMib()).isEqualTo(8192.0);
        assertThat(c.stun().toMillis()).isEqualTo(100);
        assertThat(c.duration().toNanos() / 1e9).isCloseTo(8192 / RATE + 0.1, within(1e-6));
    }

    @Test
    void costGrowsWithMemorySize() {
        for (double dirty : new double[] {0, 10, 100, 500, 900, 2000}) {
            MigrationCost previous = null;
            for (long memory = 512; memory <= 1 << 20; memory += memory / 3 + 1) {
                MigrationCost c = model.cost(memory, dirty, LINK);
                if (previous != null) {
                    assertThat(c.duration()).as("duration at %d MiB, %s MiB/s", memory, dirty).isGreaterThan(previous.duration());
                    assertThat(c.transferredMib()).isGreaterThan(previous.transferredMib());
                    assertThat(c.rounds()).isGreaterThanOrEqualTo(previous.rounds());
                }
                previous = c;
            }
        }
    }

    @Test
    void costGrowsWithDirtyRate() {
        for (long memory : new long[] {1024, 16_384, 262_144}) {
            MigrationCost previous = null;
            for (double dirty = 0; dirty <= 3000; dirty += 7.5) {
                MigrationCost c = model.cost(memory, dirty, LINK);
                if (previous != null) {
                    assertThat(c.duration()).as("duration at %d MiB, %s MiB/s", memory, dirty)
                            .isGreaterThanOrEqualTo(previous.duration());
                    assertThat(c.transferredMib()).isGreaterThanOrEqualTo(previous.transferredMib());
                }
                previous = c;
            }
            assertThat(model.cost(memory, 500, LINK).duration()).isGreaterThan(model.cost(memory, 50, LINK).duration());
        }
    }

    @Test
    void convergedCopyKeepsTheStunWithinItsTarget() {
        MigrationCost c = model.cost(65_536, 300, LINK);

        assertThat(c.converged()).isTrue();
        assertThat(c.rounds()).isGreaterThan(1);
        assertThat(c.stun().toNanos() / 1e9).isLessThanOrEqualTo(0.3 + 0.1 + 1e-9);
    }

    @Test
    void vmDirtyingFasterThanTheLinkStopsAtTheRoundLimitWithALongStun() {
        MigrationCost c = model.cost(16_384, 2 * RATE, LINK);

        assertThat(c.converged()).isFalse();
        assertThat(c.rounds()).isEqualTo(30);
        assertThat(c.stun().toNanos() / 1e9).isCloseTo(16_384 / RATE + 0.1, within(1e-6));
    }

    @Test
    void extraCpuFollowsTheCopyRate() {
        MigrationCost c = model.cost(4096, 0, LINK);

        assertThat(c.sourceCpuMhz()).isCloseTo(300 * 8.0, within(1e-6));
        assertThat(c.targetCpuMhz()).isCloseTo(200 * 8.0, within(1e-6));
        assertThat(c.linkMibps()).isCloseTo(RATE, within(1e-9));
    }

    @Test
    void nonsenseInputIsRefused() {
        assertThatThrownBy(() -> model.cost(0, 1, LINK)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> model.cost(1024, -1, LINK)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> model.cost(1024, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
