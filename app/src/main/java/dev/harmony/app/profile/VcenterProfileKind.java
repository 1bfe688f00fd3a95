package dev.harmony.app.profile;

import dev.harmony.connectors.vcenter.VcenterConnector;
import dev.harmony.connectors.vcenter.VcenterOptions;
import dev.harmony.connectors.vcenter.session.ReconnectPolicy;
import dev.harmony.connectors.vcenter.trust.CertificatePins;
import dev.harmony.connectors.vcenter.trust.TlsPolicy;
import dev.harmony.engine.connector.Connector;
import java.net.URI;
import java.util.Set;

/**
 * vCenter profiles: {@code url} (the SDK URL; {@code /sdk} is added when the path is empty), {@code user},
 * {@code tls} ({@code pin} by default, {@code insecure} for labs), {@code secret} ({@code store} or {@code ask})
 * and an optional expected {@code fingerprint}.
 */
public final class VcenterProfileKind implements ProfileKind {
    /** The kind's word in the profile file. */
    public static final String ID = "vcenter";
    private final CertificatePins pins;
    private final ReconnectPolicy reconnect;

    /**
     * @param pins      remembered certificate fingerprints (shared with the connector's own pin file)
     * @param reconnect how hard the connector tries when the connection drops
     */
    public VcenterProfileKind(CertificatePins pins, ReconnectPolicy reconnect) {
        this.pins = pins;
        this.reconnect = reconnect;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "vCenter";
    }

    @Override
    public Set<String> required() {
        return Set.of("url", "user");
    }

    @Override
    public Set<String> allowed() {
        return Set.of("url", "user", "tls", "secret", "fingerprint");
    }

    @Override
    public Connector open(ConnectionProfile profile, ProfileLogin login) {
        TlsPolicy tls;
        if (profile.tls() == TlsMode.INSECURE) {
            login.warnInsecure(profile);
            tls = TlsPolicy.trustAnyForLab();
        } else {
            tls = TlsPolicy.pinOnFirstUse(pins, login.approval(profile));
        }
        VcenterOptions options = VcenterOptions.of(sdk(profile.url()), vcenter -> login.credentials(profile), tls)
                .withReconnect(reconnect);
        return VcenterConnector.connect(options);
    }

    /** The SDK URL: the profile's URL, with {@code /sdk} when it names only the server. */
    static URI sdk(URI url) {
        String path = url.getPath();
        return path == null || path.isEmpty() || "/".equals(path) ? url.resolve("/sdk") : url;
    }
}
