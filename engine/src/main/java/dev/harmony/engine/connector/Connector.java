package dev.harmony.engine.connector;

import dev.harmony.engine.model.Constraint;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.MetricSample;
import dev.harmony.engine.model.TimeSeries;
import dev.harmony.engine.model.TrafficEstimate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One outside system Harmony reads and acts on. Implementations convert to the engine's records
 * and units at their edge and report failures as {@link ConnectorException} with a plain message.
 */
public interface Connector extends AutoCloseable {

    /** A short name for logs and reports, e.g. {@code lab:bitbrains-rnd} or {@code vcenter:vc01}. */
    String name();

    Set<Capability> capabilities();

    /** The inventory now: pools, hosts, VMs and placement. */
    InventorySnapshot inventory();

    /** Placement rules translated to the engine's constraints. */
    List<Constraint> constraints();

    /** Telemetry over a window, one series per VM and metric, on the connector's sampling interval. */
    List<TimeSeries> metrics(MetricQuery query);

    /**
     * Streams new samples as they arrive. The listener runs on a connector thread and must not block.
     *
     * @param vmIds    the VMs to follow; empty means every VM
     * @param listener receives each batch of new samples
     */
    Subscription subscribe(Set<String> vmIds, Consumer<List<MetricSample>> listener);

    /**
     * Pairwise traffic over a window, where the connector knows or estimates it; an estimate says so
     * in {@link TrafficEstimate#estimated()}. Empty when the connector has neither capability.
     */
    List<TrafficEstimate> traffic(Instant from, Instant to);

    /**
     * Starts moving a VM to another host. Returns at once with a task to follow.
     *
     * @throws ConnectorException when the outside system refuses the request (unknown VM or host, ...)
     */
    MigrationTask migrate(String vmId, String targetHostId);

    /** The host the VM runs on now, read from the outside system (not from a cache); empty if the VM is gone. */
    Optional<String> currentHost(String vmId);

    /** The connector's clock: wall time for live systems, trace time for a replay. */
    Instant now();

    @Override
    void close();
}
