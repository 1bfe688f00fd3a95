package dev.harmony.connectors.lab.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.connectors.lab.BundledData;
import dev.harmony.connectors.lab.trace.RowIssue;
import dev.harmony.connectors.lab.trace.TraceFormat;
import dev.harmony.connectors.lab.trace.TraceFormatException;
import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabDatasetLoaderTest {

    private static Path fixtures(String folder) throws URISyntaxException {
        return Path.of(LabDatasetLoaderTest.class.getResource("/malformed/" + folder).toURI());
    }

    @Test
    void bundledBitbrainsLabHoldsTheWholeMonthOf120Vms() {
        LabDataset d = BundledData.bitbrains();

        assertThat(d.format()).isEqualTo(TraceFormat.BITBRAINS);
        assertThat(d.vms()).hasSize(120);
        assertThat(d.start()).isEqualTo(Instant.parse("2013-06-30T22:00:00Z"));
        assertThat(d.end()).isEqualTo(Instant.parse("2013-07-30T22:00:00Z"));
        assertThat(d.step()).isEqualTo(Duration.ofMinutes(5));
        assertThat(d.metrics()).hasSize(10);
        assertThat(d.report().rejectedFiles()).isEmpty();
    }

    @Test
    void bundledBitbrainsLabShowsTheRepairPolicyAtWork() {
        var report = BundledData.bitbrains().report();

        assertThat(report.repairedByReason()).containsKey(RowIssue.ZERO_CAPACITY);
        assertThat(report.droppedByReason()).containsKeys(RowIssue.DUPLICATE_ROW, RowIssue.NO_MEASUREMENT);
        assertThat(report.repairedRows()).isPositive();
        assertThat(report.notes()).anyMatch(n -> n.contains("labelled [ms] hold Unix seconds"));
    }

    @Test
    void vmsComeInNaturalOrderOfTheirIds() {
        List<String> ids = BundledData.bitbrains().vms().stream().map(LabVm::id).toList();

        assertThat(ids.get(0)).isEqualTo("bb-5");
        assertThat(ids).containsSubsequence("bb-6", "bb-8", "bb-11", "bb-100");
    }

    @Test
    void bundledPlanetLabDayHoldsAll1052Vms() {
        LabDataset d = BundledData.planetlab();

        assertThat(d.format()).isEqualTo(TraceFormat.PLANETLAB);
        assertThat(d.vms()).hasSize(1052);
        assertThat(d.intervals()).isEqualTo(288);
        assertThat(d.vm("pl-kc-sce-plab2_umkc_edu_rnp_dcc_ufjf")).isPresent()
                .hasValueSatisfying(vm -> assertThat(vm.file()).isEqualTo("20110303/kc-sce-plab2_umkc_edu_ rnp_dcc_ufjf"));
    }

    @Test
    void queryCutsSeriesToTheWindowOnTheGrid() {
        LabDataset d = BundledData.bitbrains();
        Instant from = Instant.parse("2013-07-10T00:02:00Z");

        List<TimeSeries> cut = d.series(new MetricQuery(Set.of("bb-5"), Set.of(Metric.CPU_USAGE_MHZ), from,
                from.plus(Duration.ofHours(1))));

        assertThat(cut).singleElement().satisfies(s -> {
            assertThat(s.start()).isEqualTo(Instant.parse("2013-07-10T00:00:00Z"));
            assertThat(s.size()).isEqualTo(13);
            assertThat(s.valueAt(0)).isEqualTo(d.valueAt("bb-5", Metric.CPU_USAGE_MHZ, d.indexOf(from)));
        });
    }

    @Test
    void folderWithSomeBadFilesLoadsTheGoodOnesAndListsTheRejected() throws Exception {
        LabDataset d = new LabDatasetLoader(2).load("fixtures", fixtures("bitbrains"));

        assertThat(d.vms()).extracting(LabVm::id).contains("bb-good", "bb-nan-field", "bb-zero-capacity");
        assertThat(d.report().rejectedFiles()).hasSize(10)
                .anyMatch(r -> r.startsWith("header-only.csv:1: header only"))
                .anyMatch(r -> r.startsWith("empty.csv: empty file"));
    }

    @Test
    void planetLabFolderIsDetectedAndItsDayTakenFromTheFolderName() throws Exception {
        LabDataset d = new LabDatasetLoader(2).load("fixtures", fixtures("planetlab/20110303"));

        assertThat(d.format()).isEqualTo(TraceFormat.PLANETLAB);
        assertThat(d.start()).isEqualTo(Instant.parse("2011-03-03T00:00:00Z"));
        assertThat(d.vms()).hasSize(4);
        assertThat(d.report().rejectedFiles()).hasSize(2);
    }

    @Test
    void planetLabFolderNotNamedByDayIsRefusedSayingWhy(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("cpu"));
        Files.writeString(folder.resolve("node_slice"), "12\n13\n");

        assertThatThrownBy(() -> new LabDatasetLoader(1).load("x", folder))
                .isInstanceOf(TraceFormatException.class)
                .hasMessageContaining("folder 'cpu' is not a date yyyymmdd");
    }

    @Test
    void folderOfUnknownFilesIsRefusedNamingTheExpectedFormats(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes"), "hello\n");

        assertThatThrownBy(() -> new LabDatasetLoader(1).load("x", dir))
                .isInstanceOf(TraceFormatException.class)
                .hasMessageContaining("cannot tell the trace format").hasMessageContaining(".csv.gz");
    }

    @Test
    void folderWhereEveryFileIsRejectedFailsListingThem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("1.csv"), "");

        assertThatThrownBy(() -> new LabDatasetLoader(1).load("x", dir))
                .isInstanceOf(TraceFormatException.class)
                .hasMessageContaining("no usable trace file among 1").hasMessageContaining("1.csv: empty file");
    }
}
