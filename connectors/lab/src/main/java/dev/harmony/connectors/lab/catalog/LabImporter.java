package dev.harmony.connectors.lab.catalog;

import dev.harmony.connectors.lab.dataset.LabDataset;
import dev.harmony.connectors.lab.dataset.LabDatasetLoader;
import dev.harmony.connectors.lab.dataset.LabVm;
import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.model.TimeSeries;
import dev.harmony.engine.store.DatasetCatalog;
import dev.harmony.engine.store.DatasetInfo;
import dev.harmony.engine.store.TelemetryStore;
import dev.harmony.engine.store.VmProfile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a trace into the store: the dataset's description and VM sizes first, then its telemetry a few
 * VMs at a time so a 500-VM month never needs a second copy in memory. If writing telemetry fails the
 * dataset is deleted again, so a failed import leaves nothing behind.
 */
public final class LabImporter {
    private static final Logger LOG = LoggerFactory.getLogger(LabImporter.class);
    private static final int VMS_PER_WRITE = 25;
    private static final int MAX_NOTES = 200;

    private final DatasetCatalog catalog;
    private final TelemetryStore telemetry;
    private final Clock clock;

    public LabImporter(DatasetCatalog catalog, TelemetryStore telemetry, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Loads a folder or zip of trace files (format detected) and imports it under the given name. */
    public DatasetInfo importFolder(String name, Path folderOrZip) {
        return importDataset(name, new LabDatasetLoader().load(name, folderOrZip));
    }

    /** Imports a loaded dataset under the given name, replacing any dataset of that name. */
    public DatasetInfo importDataset(String name, LabDataset dataset) {
        var report = dataset.report();
        DatasetInfo info = new DatasetInfo(name, dataset.format().id(), dataset.origin(), clock.instant(),
                dataset.vms().size(), dataset.start(), dataset.end(), (int) dataset.step().getSeconds(), dataset.metrics(),
                report.rowsRead(), report.repairedRows(), report.droppedRows(), report.lines(MAX_NOTES));
        List<VmProfile> profiles = dataset.vms().stream().map(vm -> new VmProfile(name, vm.id(), vm.vcpus(),
                vm.cpuCapacityMhz(), vm.memoryMib(), vm.rows())).toList();
        catalog.save(info, profiles);
        List<LabVm> vms = dataset.vms();
        try {
            for (int from = 0; from < vms.size(); from += VMS_PER_WRITE) {
                Set<String> batch = Set.copyOf(vms.subList(from, Math.min(vms.size(), from + VMS_PER_WRITE)).stream()
                        .map(LabVm::id).toList());
                List<TimeSeries> series = dataset.series(new MetricQuery(batch, Set.of(), dataset.start(), dataset.end()));
                telemetry.write(name, series);
            }
        } catch (RuntimeException e) {
            catalog.delete(name);
            throw e;
        }
        LOG.info("imported {} as '{}': {} VMs, {} rows, {} repaired, {} dropped", dataset.origin(), name,
                vms.size(), report.rowsRead(), report.repairedRows(), report.droppedRows());
        return info;
    }
}
