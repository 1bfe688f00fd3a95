package dev.harmony.app.workstation;

import dev.harmony.connectors.lab.catalog.LabCatalog;
import dev.harmony.connectors.lab.catalog.LabInfo;
import dev.harmony.connectors.lab.connector.LabConnector;
import dev.harmony.connectors.lab.connector.LabOptions;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A demo lab as the workstation's source: opens the lab connector and reads its inventory. */
public final class LabWorkspaceSource implements WorkspaceSource, AutoCloseable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private final LabCatalog catalog;
    private final String labName;
    private LabConnector connector;

    public LabWorkspaceSource(LabCatalog catalog, String labName) {
        this.catalog = catalog;
        this.labName = labName;
    }

    /** The lab's name, which a what-if scenario's baseline names. */
    public String labName() {
        return labName;
    }

    /** The catalog the lab comes from. */
    public LabCatalog catalog() {
        return catalog;
    }

    @Override
    public String title() {
        return "demo lab " + labName;
    }

    @Override
    public synchronized Workspace open() {
        LabInfo info = catalog.info(labName);
        if (connector == null) {
            connector = catalog.open(labName, LabOptions.defaults());
        }
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Trace", info.format() + " · " + info.vms() + " VMs"));
        facts.add(new Fact("Time span", TIME.format(info.start()) + " → " + TIME.format(info.end())
                + String.format(Locale.ROOT, " (%.1f days)", Duration.between(info.start(), info.end()).toMinutes() / 1440.0)));
        facts.add(new Fact("Interval", info.intervalS() + " s"));
        facts.add(new Fact("Replay clock", TIME.format(connector.now())
                + " (trace time; the history before it is what Harmony has seen)"));
        facts.add(new Fact("Rows read", String.format(Locale.ROOT, "%,d", info.rowsRead())));
        facts.add(new Fact("Repaired rows", String.format(Locale.ROOT, "%,d", info.repairedRows())));
        facts.add(new Fact("Dropped rows", String.format(Locale.ROOT, "%,d", info.droppedRows())));
        facts.add(new Fact("Rules", connector.constraints().size() + " (affinity, host, zone, compliance, exclusions)"));
        if (!info.attribution().isBlank()) {
            facts.add(new Fact("Data", info.attribution().strip()));
        }
        return new Workspace(connector.inventory(), facts, new ConnectorPoolFeed(connector, PoolFeedOptions.defaults()));
    }

    @Override
    public synchronized void close() {
        if (connector != null) {
            connector.close();
            connector = null;
        }
    }
}
