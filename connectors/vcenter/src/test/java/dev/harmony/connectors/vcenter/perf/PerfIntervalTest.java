package dev.harmony.connectors.vcenter.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which statistics interval a window reads: the finest one vCenter still keeps for its start. */
class PerfIntervalTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    @Test
    void lastHourReadsRealTime() {
        assertThat(PerfInterval.finestCovering(NOW.minus(Duration.ofMinutes(59)), NOW, PerfInterval.DEFAULT_HISTORICAL))
                .isEqualTo(PerfInterval.REAL_TIME);
    }

    @Test
    void olderWindowsReadTheRollupThatStillHoldsTheirStart() {
        assertThat(pick(Duration.ofHours(2))).isEqualTo(300);
        assertThat(pick(Duration.ofDays(1))).isEqualTo(300);
        assertThat(pick(Duration.ofDays(3))).isEqualTo(1800);
        assertThat(pick(Duration.ofDays(20))).isEqualTo(7200);
        assertThat(pick(Duration.ofDays(200))).isEqualTo(86400);
        assertThat(pick(Duration.ofDays(900))).as("beyond a year: the coarsest there is").isEqualTo(86400);
    }

    @Test
    void vcentersOwnIntervalsWinOverTheDefaults() {
        List<PerfInterval> own = List.of(new PerfInterval(600, Duration.ofDays(2)));
        assertThat(PerfInterval.finestCovering(NOW.minus(Duration.ofHours(30)), NOW, own).samplingSeconds()).isEqualTo(600);
    }

    private static int pick(Duration back) {
        return PerfInterval.finestCovering(NOW.minus(back), NOW, PerfInterval.DEFAULT_HISTORICAL).samplingSeconds();
    }
}
