package dev.harmony.app.profile;

import dev.harmony.engine.connector.Capability;
import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.connector.MigrationTask;
import dev.harmony.engine.connector.Subscription;
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
 * A connector opened through a profile, named {@code profile:NAME}: a plan made through the profile records that
 * name as its source, and execute reopens the same profile (the server's own name may change with its address).
 */
public final class ProfileConnector implements Connector {
    /** The prefix of a profile source. */
    public static final String PREFIX = "profile:";
    private final String name;
    private final Connector inner;

    private ProfileConnector(String name, Connector inner) {
        this.name = name;
        this.inner = inner;
    }

    /** Opens the profile through its kind. */
    public static ProfileConnector open(ProfileKinds kinds, ConnectionProfile profile, ProfileLogin login) {
        return new ProfileConnector(PREFIX + profile.name(), kinds.of(profile).open(profile, login));
    }

    /** The connector's own name, e.g. {@code vcenter:vc01.example.com:443}. */
    public String innerName() {
        return inner.name();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<Capability> capabilities() {
        return inner.capabilities();
    }

    @Override
    public InventorySnapshot inventory() {
        return inner.inventory();
    }

    @Override
    public List<Constraint> constraints() {
        return inner.constraints();
    }

    @Override
    public List<TimeSeries> metrics(MetricQuery query) {
        return inner.metrics(query);
    }

    @Override
    public Subscription subscribe(Set<String> vmIds, Consumer<List<MetricSample>> listener) {
        return inner.subscribe(vmIds, listener);
    }

    @Override
    public List<TrafficEstimate> traffic(Instant from, Instant to) {
        return inner.traffic(from, to);
    }

    @Override
    public MigrationTask migrate(String vmId, String targetHostId) {
        return inner.migrate(vmId, targetHostId);
    }

    @Override
    public Optional<String> currentHost(String vmId) {
        return inner.currentHost(vmId);
    }

    @Override
    public Instant now() {
        return inner.now();
    }

    @Override
    public void close() {
        inner.close();
    }
}
