package dev.harmony.app.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.connectors.openstack.OpenStackOptions;
import dev.harmony.connectors.openstack.auth.AuthMethod;
import dev.harmony.connectors.openstack.metrics.MetricsConfig;
import dev.harmony.connectors.vcenter.trust.ServerCertificate;
import dev.harmony.engine.connector.ConnectorException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenStack profiles become the OpenStack connector's options: auth method, domains, endpoints, metrics and TLS,
 * with a wrong option named. The connector itself is proven against the real OpenStack lab in its own module;
 * here the one network check is a refused connection on a closed loopback port.
 */
class OpenStackProfileKindTest {
    @TempDir
    Path dir;

    private final List<String> warned = new ArrayList<>();

    private ProfileLogin login(String password) {
        return new ProfileLogin(new ProfileSecrets(dir.resolve("secrets.properties")), new LoginPrompts() {
            @Override
            public char[] password(ConnectionProfile profile) {
                return password.toCharArray();
            }

            @Override
            public char[] passphrase(Path store) {
                return "unused".toCharArray();
            }

            @Override
            public boolean approve(ConnectionProfile profile, ServerCertificate presented) {
                return false;
            }

            @Override
            public void warnInsecure(ConnectionProfile profile) {
                warned.add(profile.name());
            }
        });
    }

    private static ConnectionProfile profile(String url, TlsMode tls, Map<String, String> options) {
        return new ConnectionProfile("os", OpenStackProfileKind.ID, null, URI.create(url), "planner", tls, SecretMode.ASK, null, options);
    }

    @Test
    void aPasswordProfileScopesToItsProjectWithDefaultDomainsAndAsksForTheSecretOnlyWhenLoggingIn() {
        OpenStackOptions o = OpenStackProfileKind.options(profile("https://keystone.example.com:5000/v3", TlsMode.VERIFY,
                Map.of("project", "ops", "region", "RegionTwo", "metrics", "http://prom.example.com:9090")), login("s3cret"));

        assertThat(o.auth()).isEqualTo(new AuthMethod.Password("planner", "Default", "ops", "Default"));
        assertThat(o.tls().verifies()).isTrue();
        assertThat(o.region()).isEqualTo("RegionTwo");
        assertThat(o.iface()).isEqualTo("public");
        assertThat(o.metrics()).isInstanceOf(MetricsConfig.Prometheus.class);
        assertThat(new String(o.secrets().secretFor(o.authUrl(), "planner"))).isEqualTo("s3cret");
        assertThat(warned).isEmpty();
    }

    @Test
    void anApplicationCredentialProfileNeedsNoProjectAndAnInsecureLabIsWarnedAbout() {
        OpenStackOptions o = OpenStackProfileKind.options(profile("http://127.0.0.1:5000/v3", TlsMode.INSECURE,
                Map.of("auth", "application-credential", "metrics", "gnocchi")), login("app-secret"));

        assertThat(o.auth()).isEqualTo(new AuthMethod.ApplicationCredential("planner"));
        assertThat(o.tls().verifies()).isFalse();
        assertThat(o.metrics()).isInstanceOf(MetricsConfig.Gnocchi.class);
        assertThat(warned).containsExactly("os");
    }

    @Test
    void wrongOptionsAreNamed() {
        assertThatThrownBy(() -> OpenStackProfileKind.options(profile("https://k/v3", TlsMode.VERIFY, Map.of()), login("x")))
                .isInstanceOf(ProfileException.class).hasMessageContaining("\"project\"");
        assertThatThrownBy(() -> OpenStackProfileKind.options(profile("https://k/v3", TlsMode.VERIFY,
                Map.of("project", "ops", "regoin", "r1")), login("x")))
                .isInstanceOf(ProfileException.class).hasMessageContaining("unknown OpenStack option \"regoin\"");
        assertThatThrownBy(() -> OpenStackProfileKind.options(profile("https://k/v3", TlsMode.VERIFY,
                Map.of("project", "ops", "metrics", "prometheus")), login("x")))
                .isInstanceOf(ProfileException.class).hasMessageContaining("options.metrics");
        assertThatThrownBy(() -> OpenStackProfileKind.options(profile("https://k/v3", TlsMode.VERIFY,
                Map.of("project", "ops", "core_mhz", "fast")), login("x")))
                .isInstanceOf(ProfileException.class).hasMessageContaining("options.core_mhz");
        assertThatThrownBy(() -> OpenStackProfileKind.options(profile("https://k/v3", TlsMode.VERIFY,
                Map.of("auth", "kerberos")), login("x")))
                .isInstanceOf(ProfileException.class).hasMessageContaining("options.auth");
    }

    @Test
    void aKeystoneThatIsNotThereIsAPlainConnectorError() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ConnectionProfile closed = profile("http://127.0.0.1:" + port + "/v3", TlsMode.INSECURE, Map.of("project", "ops"));
        assertThatThrownBy(() -> new OpenStackProfileKind().open(closed, login("x")))
                .isInstanceOf(ConnectorException.class).hasMessageContaining("127.0.0.1:" + port);
    }
}
