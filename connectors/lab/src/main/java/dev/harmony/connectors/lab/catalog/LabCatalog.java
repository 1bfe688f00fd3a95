package dev.harmony.connectors.lab.catalog;

import dev.harmony.connectors.lab.connector.LabConnector;
import dev.harmony.connectors.lab.connector.LabOptions;
import dev.harmony.connectors.lab.datacenter.Datacenter;
import dev.harmony.connectors.lab.datacenter.DatacenterBuilder;
import dev.harmony.connectors.lab.datacenter.DatacenterOptions;
import dev.harmony.connectors.lab.dataset.LabDataset;
import dev.harmony.connectors.lab.dataset.LabDatasetLoader;
import dev.harmony.connectors.lab.dataset.TraceSource;
import dev.harmony.connectors.lab.trace.ParseReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The named labs: {@code bitbrains-rnd} and {@code planetlab-20110303}, bundled, plus folders registered
 * with {@link #register}. Each lab's trace is loaded on first use and kept. Thread-safe.
 */
public final class LabCatalog {
    private record Entry(LabSummary summary, TraceSource source, String attribution) {
    }

    private final LabDatasetLoader loader;
    private final StoredLabs stored;
    private final Map<String, Entry> labs = new ConcurrentHashMap<>();
    private final Map<String, LabDataset> loaded = new ConcurrentHashMap<>();

    /** The bundled labs, loaded with every available processor. */
    public LabCatalog() {
        this(new LabDatasetLoader());
    }

    public LabCatalog(LabDatasetLoader loader) {
        this(loader, null);
    }

    /**
     * The bundled labs plus the labs imported into a store.
     *
     * @param stored the store's labs, or null for none
     */
    public LabCatalog(LabDatasetLoader loader, StoredLabs stored) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.stored = stored;
        for (BundledLab lab : BundledLab.values()) {
            labs.put(lab.labName(), new Entry(new LabSummary(lab.labName(), lab.format().id(), lab.description(), true,
                    "classpath:" + BundledLab.DATA + lab.labName()), lab.source(), lab.attribution()));
        }
    }

    /** Every lab, bundled first, then registered ones, each by name. */
    public List<LabSummary> list() {
        Map<String, LabSummary> bundled = new TreeMap<>();
        Map<String, LabSummary> registered = new TreeMap<>();
        labs.values().forEach(e -> (e.summary().bundled() ? bundled : registered).put(e.summary().name(), e.summary()));
        if (stored != null) {
            stored.list().forEach(d -> registered.putIfAbsent(d.name(), new LabSummary(d.name(), d.format(),
                    "imported into the store on " + d.importedAt() + " from " + d.origin(), false, "store:" + d.origin())));
        }
        List<LabSummary> all = new ArrayList<>(bundled.values());
        all.addAll(registered.values());
        return all;
    }

    /**
     * Registers a folder (or zip) of trace files under a name, so it can be described and opened like a
     * bundled lab. The files are read on first use.
     *
     * @throws IllegalArgumentException when the name is taken or the path is neither a folder nor a zip
     */
    public LabSummary register(String name, Path folderOrZip) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("lab name must not be blank");
        }
        TraceSource source = Files.isDirectory(folderOrZip) ? TraceSource.folder(folderOrZip)
                : folderOrZip.toString().endsWith(".zip") && Files.isRegularFile(folderOrZip) ? TraceSource.zip(folderOrZip)
                : null;
        if (source == null) {
            throw new IllegalArgumentException(folderOrZip + " is neither a folder nor a .zip file of trace files");
        }
        LabSummary summary = new LabSummary(name, "", "trace files in " + source.origin(), false, source.origin());
        if (labs.putIfAbsent(name, new Entry(summary, source, "")) != null) {
            throw new IllegalArgumentException("a lab named '" + name + "' already exists");
        }
        return summary;
    }

    /**
     * Loads the lab (once) and describes it, with the host count of the default datacenter.
     *
     * @throws UnknownLabException for a name the catalog does not know
     */
    public LabInfo info(String name) {
        LabDataset d = dataset(name);
        Datacenter dc = new DatacenterBuilder(DatacenterOptions.defaults()).build(d);
        ParseReport r = d.report();
        Map<String, Long> repaired = new LinkedHashMap<>();
        r.repairedByReason().forEach((k, v) -> repaired.put(k.name(), v));
        Map<String, Long> dropped = new LinkedHashMap<>();
        r.droppedByReason().forEach((k, v) -> dropped.put(k.name(), v));
        return new LabInfo(name, d.format().id(), d.origin(), d.vms().size(), dc.hosts().size(), d.start(), d.end(),
                (int) d.step().getSeconds(), d.metrics(), r.rowsRead(), r.repairedRows(), r.droppedRows(),
                r.missingIntervals(), r.rejectedFiles().size(), repaired, dropped, attribution(name));
    }

    /**
     * The lab's trace, loaded on first use.
     *
     * @throws UnknownLabException for a name the catalog does not know
     */
    public LabDataset dataset(String name) {
        Entry entry = name == null ? null : labs.get(name);
        if (entry != null) {
            return loaded.computeIfAbsent(name, n -> loader.load(n, entry.source()));
        }
        var info = stored == null ? null : stored.find(name).orElse(null);
        if (info == null) {
            throw unknown(name);
        }
        return loaded.computeIfAbsent(name, n -> stored.load(info));
    }

    /** Whether a lab of this name exists, bundled, registered or in the store. */
    public boolean contains(String name) {
        return name != null && (labs.containsKey(name) || stored != null && stored.find(name).isPresent());
    }

    /** Forgets a loaded copy, e.g. after the lab was imported again. */
    public void evict(String name) {
        loaded.remove(name);
    }

    private String attribution(String name) {
        Entry entry = labs.get(name);
        return entry == null ? "" : entry.attribution();
    }

    private UnknownLabException unknown(String name) {
        return new UnknownLabException(name, list().stream().map(LabSummary::name).toList());
    }

    /**
     * Opens the lab as a connector; close it when done.
     *
     * @throws UnknownLabException for a name the catalog does not know
     */
    public LabConnector open(String name, LabOptions options) {
        return new LabConnector(name, dataset(name), options);
    }

}
