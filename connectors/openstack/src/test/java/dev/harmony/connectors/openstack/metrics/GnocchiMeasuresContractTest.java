package dev.harmony.connectors.openstack.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Gnocchi's measures format, {@code [[timestamp, granularity, value], ...]}, placed on the grid: a
 * plain unit test of the parsing, with an answer of the shape the lab's Gnocchi gives
 * ({@code GnocchiMetricsLabTest} reads the real one).
 */
class GnocchiMeasuresContractTest {

    @Test
    void eachMeasureFillsTheIntervalItsTimestampStarts() throws Exception {
        var measures = new ObjectMapper().readTree("""
                [["2024-05-01T10:00:00+00:00", 300.0, 1.5e10],
                 ["2024-05-01T10:05:00+00:00", 300.0, 3.0e10],
                 ["2024-05-01T10:15:00+00:00", 300.0, 6.0e10],
                 ["2024-05-01T12:00:00+00:00", 300.0, 9.9e10]]""");
        SeriesGrid grid = new SeriesGrid(Instant.parse("2024-05-01T10:00:00Z"), Instant.parse("2024-05-01T10:20:00Z"),
                Duration.ofMinutes(5));

        float[] values = GnocchiMetrics.parse(measures, grid);

        assertThat(values).hasSize(4);
        assertThat(values[0]).isEqualTo(1.5e10f);
        assertThat(values[1]).isEqualTo(3.0e10f);
        assertThat(values[2]).isNaN();
        assertThat(values[3]).isEqualTo(6.0e10f);
    }
}
