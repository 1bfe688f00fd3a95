package dev.harmony.connectors.vcenter.perf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** vCenter samples, stamped at their interval's end and in any order, land in the right grid cell. */
class SeriesGridTest {
    private static final Duration STEP = Duration.ofSeconds(20);

    @Test
    void samplesNewestFirstAndUnalignedLandInTheCellOfTheirStart() {
        Instant from = Instant.parse("2024-05-01T12:00:07Z");
        SeriesGrid grid = new SeriesGrid(from, from.plus(Duration.ofMinutes(1)), STEP);
        grid.put(Instant.parse("2024-05-01T12:01:03Z"), 3);
        grid.put(Instant.parse("2024-05-01T12:00:43Z"), 2);
        grid.put(Instant.parse("2024-05-01T12:00:23Z"), 1);

        TimeSeries s = grid.toSeries("vm-1", Metric.CPU_USAGE_MHZ);

        assertThat(s.start()).isEqualTo(Instant.parse("2024-05-01T12:00:00Z"));
        assertThat(s.size()).isEqualTo(4);
        assertThat(s.values()).containsExactly(1f, 2f, 3f, Float.NaN);
    }

    @Test
    void samplesOutsideTheWindowAndMissingValuesAreDropped() {
        Instant from = Instant.parse("2024-05-01T12:00:00Z");
        SeriesGrid grid = new SeriesGrid(from, from.plus(Duration.ofMinutes(1)), STEP);
        grid.put(from, 9);
        grid.put(from.plus(Duration.ofMinutes(5)), 9);
        grid.put(from.plus(STEP), Double.NaN);
        assertThat(grid.isEmpty()).isTrue();
    }

    @Test
    void countersConvertToTheEnginesUnits() {
        assertThat(Counter.CPU_USAGE.convert(2550, 20)).isEqualTo(25.5);
        assertThat(Counter.CPU_READY.convert(1000, 20)).as("1 s ready in a 20 s sample").isEqualTo(5.0);
        assertThat(Counter.CPU_READY.convert(6000, 300)).isEqualTo(2.0);
        assertThat(Counter.MEMORY_BALLOON.convert(1024, 20)).isEqualTo(1024);
        assertThat(Counter.NET_RECEIVED.convert(-1, 20)).as("vCenter's -1 means no value").isNaN();
        assertThat(Counter.forMetric(Metric.MEMORY_BALLOON_KIB)).contains(Counter.MEMORY_BALLOON);
        assertThat(Counter.forMetric(Metric.CPU_CORES)).isEmpty();
    }
}
