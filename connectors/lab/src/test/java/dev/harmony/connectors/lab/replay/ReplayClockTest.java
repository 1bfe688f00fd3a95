package dev.harmony.connectors.lab.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.connectors.lab.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplayClockTest {
    private static final Instant TRACE_START = Instant.parse("2013-07-01T00:00:00Z");
    private static final Instant TRACE_END = Instant.parse("2013-07-31T00:00:00Z");
    private final TestClock wall = new TestClock(Instant.parse("2026-01-01T12:00:00Z"));

    private ReplayClock clock(double speed) {
        return new ReplayClock(wall, TRACE_START, TRACE_END, TRACE_START.plus(Duration.ofDays(7)), speed);
    }

    @Test
    void startsAtTheChosenTraceInstant() {
        assertThat(clock(60).now()).isEqualTo(Instant.parse("2013-07-08T00:00:00Z"));
    }

    @Test
    void advancesSpeedTimesAsFastAsTheWallClock() {
        ReplayClock c = clock(3600);

        wall.advance(Duration.ofSeconds(2));

        assertThat(c.now()).isEqualTo(Instant.parse("2013-07-08T02:00:00Z"));
    }

    @Test
    void pauseFreezesTraceTimeAndResumeContinuesFromThere() {
        ReplayClock c = clock(60);
        wall.advance(Duration.ofSeconds(1));
        c.pause();
        wall.advance(Duration.ofHours(1));

        assertThat(c.now()).isEqualTo(Instant.parse("2013-07-08T00:01:00Z"));
        c.resume();
        wall.advance(Duration.ofSeconds(1));
        assertThat(c.now()).isEqualTo(Instant.parse("2013-07-08T00:02:00Z"));
    }

    @Test
    void changingSpeedKeepsTheTraceTimeReached() {
        ReplayClock c = clock(1);
        wall.advance(Duration.ofSeconds(10));
        c.setSpeed(60);
        wall.advance(Duration.ofSeconds(1));

        assertThat(c.now()).isEqualTo(Instant.parse("2013-07-08T00:01:10Z"));
    }

    @Test
    void stopsAtTheEndOfTheTrace() {
        ReplayClock c = clock(3600);
        wall.advance(Duration.ofDays(1));

        assertThat(c.now()).isEqualTo(TRACE_END);
        assertThat(c.isFinished()).isTrue();
    }

    @Test
    void seekJumpsToAnotherTraceInstant() {
        ReplayClock c = clock(60);
        c.seek(Instant.parse("2013-07-20T06:00:00Z"));
        wall.advance(Duration.ofSeconds(1));

        assertThat(c.now()).isEqualTo(Instant.parse("2013-07-20T06:01:00Z"));
        assertThatThrownBy(() -> c.seek(Instant.parse("2014-01-01T00:00:00Z"))).hasMessageContaining("outside the trace");
    }

    @Test
    void convertsTraceSpansToWallTimeAtTheCurrentSpeed() {
        assertThat(clock(60).wallDurationOf(Duration.ofMinutes(5))).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void refusesANonPositiveSpeed() {
        assertThatThrownBy(() -> clock(0)).hasMessageContaining("speed must be positive");
    }
}
