package dev.harmony.connectors.lab.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BitbrainsParserTest {

    @Test
    void readsSizeAndSeriesOfAWellFormedFile() {
        VmTrace t = Fixtures.bitbrains("good.csv");

        assertThat(t.vmId()).isEqualTo("bb-good");
        assertThat(t.vcpus()).isEqualTo(2);
        assertThat(t.cpuCapacityMhz()).isEqualTo(5852);
        assertThat(t.memoryMib()).isEqualTo(8026);
        assertThat(t.sizeSynthetic()).isFalse();
        assertThat(t.series()).containsOnlyKeys(BitbrainsParser.METRICS);
        TimeSeries cpu = t.series().get(Metric.CPU_USAGE_MHZ);
        assertThat(cpu.size()).isEqualTo(6);
        assertThat(cpu.valueAt(0)).isEqualTo(87.7799835f);
        assertThat(t.report().rowsRead()).isEqualTo(6);
        assertThat(t.report().repairedRows() + t.report().droppedRows()).isZero();
    }

    @Test
    void readsTimestampsLabelledMillisecondsAsSecondsAndReportsTheFix() {
        VmTrace t = Fixtures.bitbrains("good.csv");

        TimeSeries cpu = t.series().get(Metric.CPU_USAGE_MHZ);
        assertThat(cpu.start()).isEqualTo(Instant.parse("2013-06-30T22:00:00Z"));
        assertThat(cpu.step()).isEqualTo(Duration.ofSeconds(300));
        assertThat(t.report().notes()).anyMatch(n -> n.contains("good.csv") && n.contains("labelled [ms] hold Unix seconds"));
    }

    @Test
    void readsRealMillisecondTimestampsAsMilliseconds() {
        VmTrace t = Fixtures.bitbrains("millis.csv");

        assertThat(t.series().get(Metric.CPU_USAGE_MHZ).start()).isEqualTo(Instant.parse("2013-06-30T22:00:00Z"));
        assertThat(t.report().notes()).noneMatch(n -> n.contains("[ms]"));
    }

    @Test
    void averagesFastSamplesIntoFiveMinuteBinsAndLeavesGapsMissing() {
        VmTrace t = Fixtures.bitbrains("fast-sampling.csv");

        TimeSeries cpu = t.series().get(Metric.CPU_USAGE_MHZ);
        // The first sample is at 22:03:24, so the samples at +150 s and +300 s share the 22:05 bin.
        assertThat(cpu.valueAt(0)).isEqualTo(87.7799835f);
        assertThat(cpu.valueAt(1)).isEqualTo((float) ((29.259994499999998 + 87.7799835) / 2));
        assertThat(Float.isNaN(cpu.valueAt(3))).isTrue();
        assertThat(Float.isNaN(cpu.valueAt(4))).isTrue();
        assertThat(cpu.presentCount()).isEqualTo(5);
        assertThat(t.report().missingIntervals()).isEqualTo(2);
    }

    @Test
    void readsGzipRecognisedByItsMagicBytes() {
        VmTrace t = Fixtures.bitbrains("good-compressed.csv.gz");

        assertThat(t.vmId()).isEqualTo("bb-good-compressed");
        assertThat(t.series().get(Metric.MEMORY_USAGE_KIB).size()).isEqualTo(6);
    }

    @Test
    void vmIdDropsFolderAndExtensions() {
        assertThat(BitbrainsParser.vmId("2013-7/12.csv.gz")).isEqualTo("bb-12");
        assertThat(BitbrainsParser.vmId("12.csv")).isEqualTo("bb-12");
    }
}
