package dev.harmony.app.profile;

import dev.harmony.engine.connector.Connector;
import java.util.Set;

/**
 * The slot for OpenStack profiles: {@code url} (the identity endpoint), {@code user}, {@code tls},
 * {@code secret}, {@code fingerprint} and {@code options} (project, domain, region). The profile file
 * accepts them now; opening one says the connector is not in this build. Wiring the OpenStack connector
 * replaces {@link #open} with a call to it and {@link #available} with true.
 */
public final class OpenStackProfileKind implements ProfileKind {
    /** The kind's word in the profile file. */
    public static final String ID = "openstack";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "OpenStack";
    }

    @Override
    public Set<String> required() {
        return Set.of("url", "user");
    }

    @Override
    public Set<String> allowed() {
        return Set.of("url", "user", "tls", "secret", "fingerprint", "options");
    }

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public Connector open(ConnectionProfile profile, ProfileLogin login) {
        throw new ProfileException("profile " + profile.name() + " is an OpenStack profile, and this build of Harmony has"
                + " no OpenStack connector yet");
    }
}
