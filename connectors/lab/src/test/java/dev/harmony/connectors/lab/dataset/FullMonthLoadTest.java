package dev.harmony.connectors.lab.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.connectors.lab.datacenter.Datacenter;
import dev.harmony.connectors.lab.datacenter.DatacenterBuilder;
import dev.harmony.connectors.lab.datacenter.DatacenterOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the whole 500-VM Bitbrains month from a folder outside the project and reports how long it
 * took. Runs only when asked, because the data is not part of the project:
 * {@code mvn -pl connectors/lab test -Dtest=FullMonthLoadTest -Dharmony.lab.fullMonth=/work/shared/data/bitbrains-gwa-t-12-rnd/2013-7}.
 */
@EnabledIfSystemProperty(named = "harmony.lab.fullMonth", matches = ".+")
class FullMonthLoadTest {
    private static final Logger LOG = LoggerFactory.getLogger(FullMonthLoadTest.class);

    @Test
    void wholeMonthOf500VmsLoadsWithEveryRowAccountedFor() {
        Path folder = Path.of(System.getProperty("harmony.lab.fullMonth"));
        long started = System.nanoTime();
        LabDataset d = new LabDatasetLoader().load("bitbrains-rnd-2013-7", folder);
        long loadedMs = (System.nanoTime() - started) / 1_000_000;
        Datacenter dc = new DatacenterBuilder(DatacenterOptions.defaults()).build(d);
        long builtMs = (System.nanoTime() - started) / 1_000_000 - loadedMs;

        LOG.info("full month: {} VMs loaded in {} ms, datacenter built in {} ms; {}; {}", d.vms().size(), loadedMs, builtMs,
                d.report(), dc.sizingRule());
        assertThat(d.vms()).hasSize(500);
        assertThat(d.report().rowsRead()).isEqualTo(3_890_450);
        assertThat(d.report().rejectedFiles()).isEmpty();
    }
}
