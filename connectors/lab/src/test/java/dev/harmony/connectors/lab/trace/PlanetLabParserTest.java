package dev.harmony.connectors.lab.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlanetLabParserTest {

    @Test
    void readsADayOfFiveMinuteCpuPercentStartingAtMidnightUtc() {
        VmTrace t = Fixtures.planetlab("node1_example_edu_good_slice");

        TimeSeries cpu = t.series().get(Metric.CPU_USAGE_PERCENT);
        assertThat(cpu.start()).isEqualTo(Instant.parse("2011-03-03T00:00:00Z"));
        assertThat(cpu.size()).isEqualTo(PlanetLabParser.LINES);
        assertThat(cpu.valueAt(0)).isEqualTo(24f);
        assertThat(t.report().rowsRead()).isEqualTo(288);
        assertThat(t.report().missingIntervals()).isZero();
    }

    @Test
    void sizeIsSyntheticAndCpuMhzIsDerivedFromIt() {
        VmTrace t = Fixtures.planetlab("node1_example_edu_good_slice");

        assertThat(t.sizeSynthetic()).isTrue();
        assertThat(t.vcpus()).isEqualTo(1);
        assertThat(t.series().get(Metric.CPU_USAGE_MHZ).valueAt(0)).isEqualTo(0.24f * t.cpuCapacityMhz());
    }

    @Test
    void fileNameWithASpaceGivesAnIdWithoutIt() {
        VmTrace t = Fixtures.planetlab("node1_example_edu_ short_slice");

        assertThat(t.vmId()).isEqualTo("pl-node1_example_edu_short_slice");
        assertThat(t.file()).isEqualTo("node1_example_edu_ short_slice");
    }

    @Test
    void shortFileLeavesTheRestOfTheDayMissingAndSaysSo() {
        VmTrace t = Fixtures.planetlab("node1_example_edu_ short_slice");

        assertThat(t.series().get(Metric.CPU_USAGE_PERCENT).presentCount()).isEqualTo(100);
        assertThat(t.report().missingIntervals()).isEqualTo(188);
        assertThat(t.report().notes()).anyMatch(n -> n.contains("100 lines, expected 288"));
    }

    @Test
    void badLinesAreDroppedEachByItsReasonAndLine() {
        VmTrace t = Fixtures.planetlab("node2_example_edu_bad_lines");

        assertThat(t.report().droppedByReason())
                .containsEntry(RowIssue.NOT_A_NUMBER, 2L)
                .containsEntry(RowIssue.NEGATIVE_VALUE, 1L)
                .containsEntry(RowIssue.OUT_OF_RANGE, 1L)
                .containsEntry(RowIssue.WRONG_SEPARATOR, 1L)
                .containsEntry(RowIssue.EMPTY_LINE, 1L);
        assertThat(t.report().entries()).extracting(ReportEntry::toString)
                .contains("node2_example_edu_bad_lines:5 [cpu%] NOT_A_NUMBER (dropped): found 'NaN'; expected an integer"
                        + " 0..100; interval left missing");
        assertThat(Float.isNaN(t.series().get(Metric.CPU_USAGE_PERCENT).valueAt(4))).isTrue();
        assertThat(t.report().missingIntervals()).isEqualTo(6);
    }

    @Test
    void linesBeyondOneDayAreDropped() {
        VmTrace t = Fixtures.planetlab("node2_example_edu_too_long");

        assertThat(t.report().droppedByReason()).containsEntry(RowIssue.EXTRA_LINE, 2L);
        assertThat(t.series().get(Metric.CPU_USAGE_PERCENT).size()).isEqualTo(288);
    }

    @Test
    void emptyFileIsRejectedSayingWhatWasExpected() {
        assertThatThrownBy(() -> Fixtures.planetlab("node3_example_edu_empty"))
                .isInstanceOf(TraceFormatException.class)
                .hasMessage("node3_example_edu_empty: empty file; expected 288 lines, one integer CPU % (0..100) per"
                        + " 5-minute interval");
    }

    @Test
    void mostlyGarbageFileIsRejectedNamingTheFirstBadLine() {
        assertThatThrownBy(() -> Fixtures.planetlab("node3_example_edu_garbage"))
                .isInstanceOf(TraceFormatException.class)
                .hasMessageStartingWith("node3_example_edu_garbage:1: 201 of 251 data rows are unreadable")
                .hasMessageContaining("found 'cpu%'");
    }
}
