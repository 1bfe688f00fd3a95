package dev.harmony.connectors.lab.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import org.junit.jupiter.api.Test;

/** Row-level problems: each is repaired or dropped, counted by reason and named by file, line and field. */
class BitbrainsRepairPolicyTest {

    @Test
    void truncatedRowIsDroppedAndNamedByLine() {
        VmTrace t = Fixtures.bitbrains("truncated-row.csv");

        assertThat(t.report().droppedByReason()).containsEntry(RowIssue.TRUNCATED_ROW, 1L);
        assertThat(t.report().entries()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("truncated-row.csv");
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.toString()).contains("6 of 11 fields");
        });
        assertThat(t.series().get(Metric.CPU_USAGE_MHZ).presentCount()).isEqualTo(6);
    }

    @Test
    void nanFieldIsSetMissingAndTheRowKept() {
        VmTrace t = Fixtures.bitbrains("nan-field.csv");

        assertThat(t.report().repairedByReason()).containsEntry(RowIssue.BAD_FIELD, 1L);
        assertThat(t.report().repairedRows()).isEqualTo(1);
        assertThat(t.report().entries()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.field()).isEqualTo("CPU usage [MHZ]");
            assertThat(e.detail()).contains("'NaN'");
        });
        TimeSeries cpu = t.series().get(Metric.CPU_USAGE_MHZ);
        assertThat(Float.isNaN(cpu.valueAt(2))).isTrue();
        assertThat(t.series().get(Metric.MEMORY_USAGE_KIB).valueAt(2)).isEqualTo(458575.47f);
    }

    @Test
    void nonNumericFieldIsSetMissingAndNonNumericTimestampDropsTheRow() {
        VmTrace t = Fixtures.bitbrains("non-numeric.csv");

        assertThat(t.report().repairedByReason()).containsEntry(RowIssue.BAD_FIELD, 1L);
        assertThat(t.report().droppedByReason()).containsEntry(RowIssue.BAD_TIMESTAMP, 1L);
        assertThat(t.report().entries()).extracting(ReportEntry::toString)
                .anyMatch(s -> s.startsWith("non-numeric.csv:3 [Memory usage [KB]]") && s.contains("'n/a'"))
                .anyMatch(s -> s.startsWith("non-numeric.csv:5 [Timestamp [ms]]") && s.contains("'1372630704x'"));
    }

    @Test
    void negativeValueIsSetMissing() {
        VmTrace t = Fixtures.bitbrains("negative-value.csv");

        assertThat(t.report().repairedByReason()).containsEntry(RowIssue.BAD_FIELD, 1L);
        assertThat(t.report().entries()).singleElement()
                .satisfies(e -> assertThat(e.toString()).contains(":4 [Disk read throughput [KB/s]]").contains("'-3.5'"));
        assertThat(Float.isNaN(t.series().get(Metric.DISK_READ_KIBPS).valueAt(2))).isTrue();
    }

    @Test
    void duplicateTimestampsKeepTheFirstRowAndCountIdenticalAndDifferingCopiesApart() {
        VmTrace t = Fixtures.bitbrains("duplicate-timestamps.csv");

        assertThat(t.report().droppedByReason())
                .containsEntry(RowIssue.DUPLICATE_ROW, 1L)
                .containsEntry(RowIssue.DUPLICATE_TIMESTAMP, 1L);
        assertThat(t.series().get(Metric.CPU_USAGE_MHZ).valueAt(2)).isEqualTo(87.7799835f);
        assertThat(t.series().get(Metric.CPU_USAGE_MHZ).size()).isEqualTo(5);
    }

    @Test
    void zeroCapacityWithUsageIsRepairedToTheModalSizeAndAllZeroRowsAreDropped() {
        VmTrace t = Fixtures.bitbrains("zero-capacity.csv");

        assertThat(t.report().repairedByReason()).containsEntry(RowIssue.ZERO_CAPACITY, 1L);
        assertThat(t.report().droppedByReason()).containsEntry(RowIssue.NO_MEASUREMENT, 1L);
        assertThat(t.series().get(Metric.MEMORY_CAPACITY_KIB).valueAt(2)).isEqualTo(8218624f);
        assertThat(t.series().get(Metric.CPU_CORES).valueAt(2)).isEqualTo(2f);
        assertThat(Float.isNaN(t.series().get(Metric.CPU_USAGE_MHZ).valueAt(1))).isTrue();
        assertThat(t.report().missingIntervals()).isEqualTo(1);
        assertThat(t.vcpus()).isEqualTo(2);
    }

    @Test
    void outOfOrderRowIsDropped() {
        VmTrace t = Fixtures.bitbrains("out-of-order.csv");

        assertThat(t.report().droppedByReason()).containsEntry(RowIssue.OUT_OF_ORDER, 1L);
        assertThat(t.report().entries()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(4));
    }
}
