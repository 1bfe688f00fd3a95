package dev.harmony.app.profile;

import dev.harmony.connectors.lab.catalog.LabCatalog;
import dev.harmony.connectors.vcenter.session.ReconnectPolicy;
import dev.harmony.connectors.vcenter.trust.CertificatePins;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The kinds of profile this build knows, by their word in the profile file. */
public final class ProfileKinds {
    private final Map<String, ProfileKind> byId = new LinkedHashMap<>();

    public ProfileKinds(List<ProfileKind> kinds) {
        kinds.forEach(k -> byId.put(k.id(), k));
    }

    /** Lab, vCenter and the OpenStack slot. */
    public static ProfileKinds standard(Function<String, LabCatalog> labs, CertificatePins pins, ReconnectPolicy reconnect) {
        return new ProfileKinds(List.of(new LabProfileKind(labs), new VcenterProfileKind(pins, reconnect),
                new OpenStackProfileKind()));
    }

    /** Only the file-format facts of the standard kinds, for reading and checking a file without opening anything. */
    public static ProfileKinds formatOnly() {
        return standard(lab -> {
            throw new IllegalStateException("format-only kinds cannot open labs");
        }, null, ReconnectPolicy.standard());
    }

    public Optional<ProfileKind> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The kind of a profile; the file reader has made sure it exists. */
    public ProfileKind of(ConnectionProfile profile) {
        return find(profile.kind()).orElseThrow(() -> new ProfileException("profile " + profile.name()
                + " has kind " + profile.kind() + ", which this build does not know"));
    }

    /** The kinds' words, for messages and choice boxes. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }
}
