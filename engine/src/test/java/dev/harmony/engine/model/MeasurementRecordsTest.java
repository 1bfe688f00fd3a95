package dev.harmony.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MeasurementRecordsTest {

    @Test
    void sampleMustBeFinite() {
        assertThatThrownBy(() -> new MetricSample("vm-1", Instant.EPOCH, Metric.CPU_USAGE_MHZ, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not finite");
    }

    @Test
    void trafficPairMustBeOrderedAndDistinct() {
        assertThatThrownBy(() -> new TrafficEstimate("vm-2", "vm-1", 1, false, "netflow"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ordered");
        assertThatThrownBy(() -> new TrafficEstimate("vm-1", "vm-1", 1, false, "netflow"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trafficMustBeFiniteAndNonNegativeAndMethodDefaultsToEmpty() {
        assertThatThrownBy(() -> new TrafficEstimate("vm-1", "vm-2", -1, true, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrafficEstimate("vm-1", "vm-2", Double.POSITIVE_INFINITY, true, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new TrafficEstimate("vm-1", "vm-2", 0, true, null).method()).isEmpty();
    }

    @Test
    void everyMetricNamesItsUnit() {
        assertThat(Metric.values()).allSatisfy(m -> assertThat(m.unit()).isNotBlank());
        assertThat(Metric.MEMORY_USAGE_KIB.unit()).isEqualTo("KiB");
    }
}
