package dev.harmony.connectors.lab.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.connectors.lab.BundledData;
import dev.harmony.connectors.lab.dataset.LabDataset;
import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import dev.harmony.engine.store.DatasetInfo;
import dev.harmony.engine.store.HarmonyStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LabImporterTest {
    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private final HarmonyStore store = HarmonyStore.inMemory("lab-import-" + System.nanoTime());
    private final LabImporter importer = new LabImporter(store.datasets(), store.telemetry(), Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void importsTheBundledLabWithItsReportAndVmSizes() {
        LabDataset d = BundledData.bitbrains();

        DatasetInfo info = importer.importDataset("bitbrains-rnd", d);

        assertThat(store.datasets().find("bitbrains-rnd")).contains(info);
        assertThat(info.format()).isEqualTo("bitbrains-gwa-t-12");
        assertThat(info.importedAt()).isEqualTo(NOW);
        assertThat(info.vmCount()).isEqualTo(120);
        assertThat(info.repairedRows()).isEqualTo(d.report().repairedRows());
        assertThat(info.droppedRows()).isEqualTo(d.report().droppedRows());
        assertThat(info.notes()).isNotEmpty();
        assertThat(store.datasets().vms("bitbrains-rnd")).hasSize(120)
                .anySatisfy(p -> assertThat(p.vmId()).isEqualTo("bb-5"));
    }

    @Test
    void importedTelemetryReadsBackAsTheTraceHadIt() {
        LabDataset d = BundledData.bitbrains();
        importer.importDataset("bitbrains-rnd", d);
        Instant from = Instant.parse("2013-07-10T00:00:00Z");
        MetricQuery q = new MetricQuery(Set.of("bb-5"), Set.of(Metric.CPU_USAGE_MHZ), from, from.plus(Duration.ofDays(2)));

        List<TimeSeries> stored = store.telemetry().read("bitbrains-rnd", q);

        assertThat(stored).singleElement().satisfies(s -> assertThat(s.values()).isEqualTo(d.series(q).get(0).values()));
    }

    @Test
    void importsAPlanetLabFolderDetectingItsFormat() throws Exception {
        Path folder = Path.of(LabImporterTest.class.getResource("/malformed/planetlab/20110303").toURI());

        DatasetInfo info = importer.importFolder("pl-fixtures", folder);

        assertThat(info.format()).isEqualTo("planetlab");
        assertThat(info.vmCount()).isEqualTo(4);
        assertThat(info.notes()).anyMatch(n -> n.startsWith("rejected node3_example_edu_empty: empty file"));
        assertThat(store.datasets().list()).extracting(DatasetInfo::name).containsExactly("pl-fixtures");
    }
}
