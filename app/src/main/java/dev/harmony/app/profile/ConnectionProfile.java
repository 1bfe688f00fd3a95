package dev.harmony.app.profile;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One named way to reach a source. Holds no secret: the password is in the encrypted store or asked for.
 *
 * @param name        the profile's name, used as {@code --profile NAME} or {@code --source profile:NAME}
 * @param kind        {@code lab}, {@code vcenter} or {@code openstack} (see {@link ProfileKinds})
 * @param lab         the lab name, for kind {@code lab}; null otherwise
 * @param url         the endpoint (a vCenter's SDK URL, an OpenStack's identity URL); null for labs
 * @param user        who logs in; null for labs
 * @param tls         how the server's certificate is trusted
 * @param secret      where the password comes from
 * @param fingerprint a SHA-256 certificate fingerprint to accept on first use without asking; null to ask
 * @param options     further settings of the kind (e.g. an OpenStack project or region)
 */
public record ConnectionProfile(String name, String kind, String lab, URI url, String user, TlsMode tls,
                                SecretMode secret, String fingerprint, Map<String, String> options) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

    public ConnectionProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(secret, "secret");
        options = Map.copyOf(options == null ? Map.of() : options);
    }

    /** A demo-lab profile. */
    public static ConnectionProfile lab(String name, String lab) {
        return new ConnectionProfile(name, LabProfileKind.ID, lab, null, null, TlsMode.VERIFY, SecretMode.NONE, null, Map.of());
    }

    /** Whether {@code name} can name a profile: letters, digits, dot, dash, underscore; up to 63. */
    public static boolean validName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** What the profile points at, for lists and messages: the lab name or the URL. */
    public String target() {
        return lab != null ? "lab " + lab : url + (user == null ? "" : " as " + user);
    }

    /**
     * The key of this profile's secret in the encrypted store: the URL with the user in it, so a stored
     * password is bound to one user on one server and cannot be sent elsewhere by editing the URL.
     */
    public URI secretKey() {
        try {
            return new URI(url.getScheme(), user, url.getHost(), url.getPort(), url.getPath(), null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("profile " + name + ": cannot form its secret key from " + url, e);
        }
    }

    /** The same profile with another fingerprint accepted on first use. */
    public ConnectionProfile withFingerprint(String sha256) {
        return new ConnectionProfile(name, kind, lab, url, user, tls, secret, sha256, options);
    }
}
