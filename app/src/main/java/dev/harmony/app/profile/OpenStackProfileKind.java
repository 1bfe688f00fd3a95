package dev.harmony.app.profile;

import dev.harmony.connectors.openstack.OpenStackConnector;
import dev.harmony.connectors.openstack.OpenStackOptions;
import dev.harmony.connectors.openstack.http.TlsPolicy;
import dev.harmony.connectors.openstack.metrics.GnocchiSettings;
import dev.harmony.connectors.openstack.metrics.MetricsConfig;
import dev.harmony.connectors.openstack.metrics.PrometheusSettings;
import dev.harmony.connectors.vcenter.credentials.Credentials;
import dev.harmony.engine.connector.Connector;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Set;

/**
 * OpenStack profiles: {@code url} (Keystone's v3 identity endpoint), {@code user} (a user name, or an
 * application credential's id when {@code options.auth} is {@code application-credential}), {@code tls}
 * ({@code pin} here means the system's trusted CAs verify the certificate; {@code insecure} for labs),
 * {@code secret} ({@code store} or {@code ask}) and {@code options}:
 * <ul>
 *   <li>{@code auth}: {@code password} (default) or {@code application-credential}</li>
 *   <li>{@code project}, {@code user_domain}, {@code project_domain} (both domains default to {@code Default})</li>
 *   <li>{@code region}, {@code interface} ({@code public} by default)</li>
 *   <li>{@code metrics}: {@code none} (default), {@code gnocchi}, or a Prometheus URL such as {@code http://prom:9090}</li>
 *   <li>{@code core_mhz}: the nominal clock of a host core, for CPU demand in MHz (2600 by default)</li>
 * </ul>
 */
public final class OpenStackProfileKind implements ProfileKind {
    /** The kind's word in the profile file. */
    public static final String ID = "openstack";
    static final Set<String> OPTIONS = Set.of("auth", "project", "user_domain", "project_domain", "region", "interface",
            "metrics", "core_mhz");

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
        return Set.of("url", "user", "tls", "secret", "options");
    }

    @Override
    public Connector open(ConnectionProfile profile, ProfileLogin login) {
        return OpenStackConnector.open(options(profile, login));
    }

    /** The connector's options from the profile; a wrong option is a {@link ProfileException} naming it. */
    static OpenStackOptions options(ConnectionProfile profile, ProfileLogin login) {
        Map<String, String> o = profile.options();
        for (String key : o.keySet()) {
            if (!OPTIONS.contains(key)) {
                throw new ProfileException("profile " + profile.name() + ", field \"options\": unknown OpenStack option \"" + key
                        + "\"; known: " + String.join(", ", OPTIONS.stream().sorted().toList()));
            }
        }
        String auth = o.getOrDefault("auth", "password");
        OpenStackOptions options = switch (auth) {
            case "password" -> {
                String project = o.get("project");
                if (project == null || project.isBlank()) {
                    throw new ProfileException("profile " + profile.name() + ", field \"options\": a password login needs"
                            + " \"project\" (the project to scope the token to)");
                }
                yield OpenStackOptions.password(profile.url(), profile.user(), o.getOrDefault("user_domain", "Default"),
                        project, o.getOrDefault("project_domain", "Default"), (url, who) -> secret(profile, login));
            }
            case "application-credential" -> OpenStackOptions.applicationCredential(profile.url(), profile.user(),
                    (url, who) -> secret(profile, login));
            default -> throw new ProfileException("profile " + profile.name() + ", field \"options.auth\": \"" + auth
                    + "\" is not password or application-credential");
        };
        if (profile.tls() == TlsMode.INSECURE) {
            login.warnInsecure(profile);
            options = options.withTls(TlsPolicy.trustAnyForLab());
        }
        if (o.containsKey("region") || o.containsKey("interface")) {
            options = options.withEndpoints(o.getOrDefault("interface", "public"), o.getOrDefault("region", ""));
        }
        long mhz = coreMhz(profile);
        return options.withMetrics(metrics(profile, mhz));
    }

    private static char[] secret(ConnectionProfile profile, ProfileLogin login) {
        Credentials credentials = login.credentials(profile);
        try {
            return credentials.password();
        } finally {
            credentials.wipe();
        }
    }

    private static long coreMhz(ConnectionProfile profile) {
        String value = profile.options().getOrDefault("core_mhz", "2600");
        try {
            long mhz = Long.parseLong(value.trim());
            if (mhz > 0) {
                return mhz;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ProfileException("profile " + profile.name() + ", field \"options.core_mhz\": \"" + value
                + "\" is not a positive whole number of MHz");
    }

    private static MetricsConfig metrics(ConnectionProfile profile, long mhz) {
        String value = profile.options().getOrDefault("metrics", "none").trim();
        if (value.equals("none")) {
            return MetricsConfig.none();
        }
        if (value.equals("gnocchi")) {
            return MetricsConfig.gnocchi(GnocchiSettings.fromCatalog(mhz));
        }
        try {
            URI url = new URI(value);
            if ("http".equals(url.getScheme()) || "https".equals(url.getScheme())) {
                return MetricsConfig.prometheus(PrometheusSettings.libvirtExporter(url, mhz));
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new ProfileException("profile " + profile.name() + ", field \"options.metrics\": \"" + value
                + "\" is not none, gnocchi or a Prometheus http(s) URL");
    }
}
