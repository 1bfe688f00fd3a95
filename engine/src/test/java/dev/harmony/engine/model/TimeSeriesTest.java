package dev.harmony.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeSeriesTest {
    private static final Instant START = Instant.parse("2013-07-01T00:00:00Z");
    private static final Duration STEP = Duration.ofMinutes(5);

    @Test
    void valueIndexMapsToItsIntervalStartAndTheSeriesEndsAfterTheLastInterval() {
        TimeSeries series = new TimeSeries("vm-1", Metric.CPU_USAGE_MHZ, START, STEP, new float[] {1f, 2f, 3f});

        assertThat(series.timeAt(2)).isEqualTo(START.plusSeconds(600));
        assertThat(series.end()).isEqualTo(START.plusSeconds(900));
        assertThat(series.size()).isEqualTo(3);
        assertThat(series.valueAt(1)).isEqualTo(2f);
    }

    @Test
    void presentCountSkipsMissingIntervals() {
        TimeSeries series = new TimeSeries("vm-1", Metric.CPU_USAGE_MHZ, START, STEP, new float[] {1f, Float.NaN, 0f, Float.NaN});

        assertThat(series.presentCount()).isEqualTo(2);
    }

    @Test
    void valuesCannotBeChangedFromOutside() {
        float[] values = {1f, 2f};
        TimeSeries series = new TimeSeries("vm-1", Metric.CPU_USAGE_MHZ, START, STEP, values);

        values[0] = 99f;
        series.values()[1] = 99f;

        assertThat(series.values()).containsExactly(1f, 2f);
    }

    @Test
    void seriesWithEqualValuesIncludingGapsAreEqual() {
        TimeSeries a = new TimeSeries("vm-1", Metric.CPU_USAGE_MHZ, START, STEP, new float[] {1f, Float.NaN});
        TimeSeries b = new TimeSeries("vm-1", Metric.CPU_USAGE_MHZ, START, STEP, new float[] {1f, Float.NaN});
        TimeSeries other = new TimeSeries("vm-1", Metric.CPU_USAGE_MHZ, START, STEP, new float[] {1f, 2f});

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(other);
    }

    @Test
    void stepMustBePositiveAndVmNamed() {
        float[] one = {1f};

        assertThatThrownBy(() -> new TimeSeries("vm-1", Metric.CPU_USAGE_MHZ, START, Duration.ZERO, one))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("step");
        assertThatThrownBy(() -> new TimeSeries(" ", Metric.CPU_USAGE_MHZ, START, STEP, one))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vm id");
    }
}
