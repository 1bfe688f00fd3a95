package dev.harmony.app.profile;

import dev.harmony.connectors.lab.catalog.LabCatalog;
import dev.harmony.connectors.lab.connector.LabOptions;
import dev.harmony.engine.connector.Connector;
import java.util.Set;
import java.util.function.Function;

/** Profiles of the demo labs: {@code {"name": "demo", "kind": "lab", "lab": "bitbrains-rnd"}}. No secret, no TLS. */
public final class LabProfileKind implements ProfileKind {
    /** The kind's word in the profile file. */
    public static final String ID = "lab";
    private final Function<String, LabCatalog> catalogs;

    /** @param catalogs the catalog that knows a lab, by lab name */
    public LabProfileKind(Function<String, LabCatalog> catalogs) {
        this.catalogs = catalogs;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "demo lab";
    }

    @Override
    public Set<String> required() {
        return Set.of("lab");
    }

    @Override
    public Set<String> allowed() {
        return Set.of("lab");
    }

    @Override
    public Connector open(ConnectionProfile profile, ProfileLogin login) {
        return catalogs.apply(profile.lab()).open(profile.lab(), LabOptions.defaults());
    }
}
