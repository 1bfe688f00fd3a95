package dev.harmony.connectors.lab.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.connectors.lab.BundledData;
import dev.harmony.connectors.lab.TestClock;
import dev.harmony.connectors.lab.connector.LabConnector;
import dev.harmony.connectors.lab.connector.LabOptions;
import dev.harmony.engine.model.Metric;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LabCatalogTest {
    private final LabCatalog catalog = BundledData.catalog();

    @Test
    void listsTheTwoBundledLabsWithoutLoadingThem() {
        assertThat(new LabCatalog().list()).extracting(LabSummary::name).containsExactly("bitbrains-rnd", "planetlab-20110303");
        assertThat(catalog.list()).allSatisfy(s -> assertThat(s.bundled()).isTrue());
    }

    @Test
    void infoDescribesTheBundledBitbrainsLab() {
        LabInfo info = catalog.info("bitbrains-rnd");

        assertThat(info.format()).isEqualTo("bitbrains-gwa-t-12");
        assertThat(info.vms()).isEqualTo(120);
        assertThat(info.hosts()).isEqualTo(8);
        assertThat(info.start()).isEqualTo(Instant.parse("2013-06-30T22:00:00Z"));
        assertThat(info.end()).isEqualTo(Instant.parse("2013-07-30T22:00:00Z"));
        assertThat(info.intervalS()).isEqualTo(300);
        assertThat(info.metrics()).contains(Metric.CPU_USAGE_MHZ, Metric.NETWORK_RX_KIBPS);
        assertThat(info.repairedRows()).isEqualTo(info.repairedByReason().values().stream().mapToLong(Long::longValue).sum());
        assertThat(info.droppedByReason()).containsKeys("DUPLICATE_ROW", "NO_MEASUREMENT");
        assertThat(info.attribution()).contains("GWA-T-12 Bitbrains, Grid Workloads Archive, TU Delft")
                .contains("S. Shen, V. van Beek, A. Iosup").contains("CCGrid 2015");
    }

    @Test
    void infoOfThePlanetLabDayCreditsCoMonAndCloudSim() {
        LabInfo info = catalog.info("planetlab-20110303");

        assertThat(info.vms()).isEqualTo(1052);
        assertThat(info.attribution()).contains("CoMon").contains("Beloglazov").contains("Apache-2.0");
    }

    @Test
    void unknownLabIsRefusedListingTheKnownOnes() {
        assertThatThrownBy(() -> catalog.info("azure-2019"))
                .isInstanceOf(UnknownLabException.class)
                .hasMessage("unknown lab 'azure-2019'; known labs: bitbrains-rnd, planetlab-20110303");
    }

    @Test
    void openGivesAConnectorOnTheLab() {
        try (LabConnector lab = catalog.open("planetlab-20110303",
                LabOptions.defaults().withWallClock(new TestClock(Instant.parse("2026-01-01T00:00:00Z"))))) {
            assertThat(lab.name()).isEqualTo("lab:planetlab-20110303");
            assertThat(lab.inventory().vms()).hasSize(1052);
            assertThat(lab.now()).isEqualTo(Instant.parse("2011-03-03T06:00:00Z"));
        }
    }

    @Test
    void registeredFolderIsListedAndOpenedLikeABundledLab() throws Exception {
        LabCatalog own = new LabCatalog();
        Path folder = Path.of(LabCatalogTest.class.getResource("/malformed/bitbrains").toURI());

        own.register("fixtures", folder);

        assertThat(own.list()).extracting(LabSummary::name).containsExactly("bitbrains-rnd", "planetlab-20110303", "fixtures");
        LabInfo info = own.info("fixtures");
        assertThat(info.rejectedFiles()).isEqualTo(10);
        assertThat(info.attribution()).isEmpty();
        assertThatThrownBy(() -> own.register("fixtures", folder)).hasMessageContaining("already exists");
    }
}
