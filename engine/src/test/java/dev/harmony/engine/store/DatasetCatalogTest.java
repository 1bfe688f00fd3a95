package dev.harmony.engine.store;

import static dev.harmony.engine.store.StoreFixtures.JULY_1;
import static dev.harmony.engine.store.StoreFixtures.dataset;
import static dev.harmony.engine.store.StoreFixtures.series;
import static dev.harmony.engine.store.StoreFixtures.vms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.model.Metric;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatasetCatalogTest {
    private HarmonyStore store;
    private DatasetCatalog catalog;

    @BeforeEach
    void openStore() {
        store = StoreFixtures.memoryStore();
        catalog = store.datasets();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void savedDatasetReadsBackEqualWithItsVms() {
        catalog.save(dataset("rnd"), vms("rnd"));

        assertThat(catalog.find("rnd")).contains(dataset("rnd"));
        assertThat(catalog.vms("rnd")).containsExactlyElementsOf(vms("rnd"));
        assertThat(catalog.find("other")).isEmpty();
        assertThat(catalog.vms("other")).isEmpty();
    }

    @Test
    void listIsSortedByName() {
        catalog.save(dataset("planetlab"), List.of());
        catalog.save(dataset("bitbrains"), List.of());

        assertThat(catalog.list()).extracting(DatasetInfo::name).containsExactly("bitbrains", "planetlab");
    }

    @Test
    void savingUnderAnExistingNameReplacesTheDatasetAndDropsItsTelemetry() {
        catalog.save(dataset("rnd"), vms("rnd"));
        store.telemetry().write("rnd", List.of(series("vm-1", Metric.CPU_USAGE_MHZ, JULY_1, 10, 0f)));

        catalog.save(dataset("rnd"), List.of(new VmProfile("rnd", "vm-9", 1, 2000, 1024, 5)));

        assertThat(catalog.vms("rnd")).extracting(VmProfile::vmId).containsExactly("vm-9");
        assertThat(store.telemetry().storedBytes("rnd")).isZero();
    }

    @Test
    void deleteRemovesTheDatasetItsVmsAndItsTelemetry() {
        catalog.save(dataset("rnd"), vms("rnd"));
        catalog.save(dataset("keep"), vms("keep"));
        store.telemetry().write("rnd", List.of(series("vm-1", Metric.CPU_USAGE_MHZ, JULY_1, 10, 0f)));
        store.telemetry().write("keep", List.of(series("vm-1", Metric.CPU_USAGE_MHZ, JULY_1, 10, 0f)));

        assertThat(catalog.delete("rnd")).isTrue();

        assertThat(catalog.find("rnd")).isEmpty();
        assertThat(catalog.vms("rnd")).isEmpty();
        assertThat(store.telemetry().storedBytes("rnd")).isZero();
        assertThat(store.telemetry().storedBytes("keep")).isPositive();
        assertThat(catalog.delete("rnd")).isFalse();
    }

    @Test
    void failedSaveLeavesThePreviousDatasetAndTelemetryUntouched() {
        catalog.save(dataset("rnd"), vms("rnd"));
        store.telemetry().write("rnd", List.of(series("vm-1", Metric.CPU_USAGE_MHZ, JULY_1, 10, 0f)));
        long bytes = store.telemetry().storedBytes("rnd");
        DatasetInfo changed = new DatasetInfo("rnd", "planetlab", "elsewhere", JULY_1, 1, JULY_1, JULY_1.plusSeconds(600),
                300, java.util.Set.of(), 0, 0, 0, List.of());
        List<VmProfile> duplicateIds = List.of(new VmProfile("rnd", "vm-1", 1, 1, 1, 1), new VmProfile("rnd", "vm-1", 2, 2, 2, 2));

        assertThatThrownBy(() -> catalog.save(changed, duplicateIds))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("save dataset 'rnd'")
                .hasMessageContaining("memory:")
                .hasMessageNotContaining("SQL statement");

        assertThat(catalog.find("rnd")).contains(dataset("rnd"));
        assertThat(catalog.vms("rnd")).containsExactlyElementsOf(vms("rnd"));
        assertThat(store.telemetry().storedBytes("rnd")).isEqualTo(bytes);
    }

    @Test
    void updateRewritesTheDescriptionAndKeepsTelemetry() {
        catalog.save(dataset("rnd"), vms("rnd"));
        store.telemetry().write("rnd", List.of(series("vm-1", Metric.CPU_USAGE_MHZ, JULY_1, 10, 0f)));
        DatasetInfo totals = new DatasetInfo("rnd", "bitbrains-gwa-t-12", "/traces/rnd", JULY_1, 500, JULY_1,
                JULY_1.plus(Duration.ofDays(30)), 300, java.util.Set.of(Metric.CPU_USAGE_MHZ), 3_890_450, 12, 3, List.of("done"));

        catalog.update(totals, vms("rnd").subList(0, 1));

        assertThat(catalog.find("rnd")).contains(totals);
        assertThat(catalog.vms("rnd")).hasSize(1);
        assertThat(store.telemetry().read("rnd", MetricQuery.all(JULY_1, JULY_1.plusSeconds(3000)))).hasSize(1);
    }

    @Test
    void updateCannotChangeTheIntervalOfStoredTelemetry() {
        catalog.save(dataset("rnd"), vms("rnd"));
        store.telemetry().write("rnd", List.of(series("vm-1", Metric.CPU_USAGE_MHZ, JULY_1, 10, 0f)));
        DatasetInfo minutely = new DatasetInfo("rnd", "x", "y", JULY_1, 2, JULY_1, JULY_1, 60,
                java.util.Set.of(), 0, 0, 0, List.of());

        assertThatThrownBy(() -> catalog.update(minutely, vms("rnd")))
                .isInstanceOf(StoreException.class).hasMessageContaining("cannot change to 60 s");
        assertThat(catalog.find("rnd")).contains(dataset("rnd"));
    }

    @Test
    void updateOfAnUnknownDatasetSaysSo() {
        assertThatThrownBy(() -> catalog.update(dataset("ghost"), List.of()))
                .isInstanceOf(StoreException.class).hasMessageContaining("no dataset 'ghost'");
    }

    @Test
    void vmOfAnotherDatasetOrAnIntervalThatDoesNotDivideADayIsRefused() {
        DatasetInfo sevenSeconds = new DatasetInfo("odd", "x", "y", JULY_1, 0, JULY_1, JULY_1, 7,
                java.util.Set.of(), 0, 0, 0, List.of());

        assertThatThrownBy(() -> catalog.save(dataset("rnd"), vms("other")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to dataset 'other'");
        assertThatThrownBy(() -> catalog.save(sevenSeconds, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("divide a day");
        assertThat(catalog.list()).isEmpty();
    }
}
