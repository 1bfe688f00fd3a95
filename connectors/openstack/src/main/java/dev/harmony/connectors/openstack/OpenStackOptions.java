package dev.harmony.connectors.openstack;

import dev.harmony.connectors.openstack.auth.AuthMethod;
import dev.harmony.connectors.openstack.auth.SecretSource;
import dev.harmony.connectors.openstack.compute.Microversion;
import dev.harmony.connectors.openstack.http.TlsPolicy;
import dev.harmony.connectors.openstack.inventory.ZonePolicy;
import dev.harmony.connectors.openstack.metrics.MetricsConfig;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How to reach one OpenStack cloud and how the connector behaves.
 *
 * @param authUrl         Keystone's URL, e.g. {@code https://keystone.example.com:5000/v3}
 * @param auth            password (user, project, domains) or application credential
 * @param secrets         where the password or application-credential secret comes from
 * @param tls             how certificates are checked (verified unless a lab opts out)
 * @param iface           catalog interface to use: {@code public}, {@code internal} or {@code admin}
 * @param region          region id; blank takes the first endpoint of each service
 * @param metrics         the metrics service: none, Prometheus or Gnocchi
 * @param zonePolicy      whether plans may move servers between availability zones
 * @param maxMicroversion the newest Compute microversion Harmony may use (lower it to pin older behaviour)
 * @param nominalCoreMhz  MHz per core and per vCPU (Nova reports no clock speed)
 * @param hostNetworkMbps uplink per host in Mbit/s (Nova does not report it)
 * @param renewBefore     how long before its expiry a Keystone token is replaced
 * @param connectTimeout  TCP connect timeout
 * @param readTimeout     longest wait for one answer
 * @param clock           the connector's clock
 */
public record OpenStackOptions(URI authUrl, AuthMethod auth, SecretSource secrets, TlsPolicy tls, String iface, String region,
        MetricsConfig metrics, ZonePolicy zonePolicy, Microversion maxMicroversion, long nominalCoreMhz, long hostNetworkMbps,
        Duration renewBefore, Duration connectTimeout, Duration readTimeout, Clock clock) {
    private static final Set<String> INTERFACES = Set.of("public", "internal", "admin");
    /** The newest Compute microversion whose answers Harmony has been checked against (Zed offers 2.93). */
    public static final Microversion NEWEST_KNOWN = Microversion.of("2.93");

    public OpenStackOptions {
        Objects.requireNonNull(authUrl, "authUrl");
        if (!"https".equals(authUrl.getScheme()) && !"http".equals(authUrl.getScheme())) {
            throw new IllegalArgumentException("Keystone URL must start with https:// (or http:// for a lab), was " + authUrl);
        }
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(tls, "tls");
        if (!INTERFACES.contains(iface)) {
            throw new IllegalArgumentException("catalog interface must be public, internal or admin, was '" + iface + "'");
        }
        region = region == null ? "" : region;
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(zonePolicy, "zonePolicy");
        Objects.requireNonNull(maxMicroversion, "maxMicroversion");
        if (nominalCoreMhz <= 0 || hostNetworkMbps < 0) {
            throw new IllegalArgumentException("nominalCoreMhz must be positive and hostNetworkMbps not negative");
        }
        Objects.requireNonNull(renewBefore, "renewBefore");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(clock, "clock");
    }

    /** The usual settings for an auth method: verified TLS, public endpoints, no metrics, 2,600 MHz cores, 10 Gbit/s hosts. */
    public static OpenStackOptions of(URI authUrl, AuthMethod auth, SecretSource secrets) {
        return new OpenStackOptions(authUrl, auth, secrets, TlsPolicy.verified(), "public", "", MetricsConfig.none(),
                ZonePolicy.KEEP_CURRENT_ZONE, NEWEST_KNOWN, 2600, 10_000, Duration.ofMinutes(5), Duration.ofSeconds(10),
                Duration.ofSeconds(60), Clock.systemUTC());
    }

    /** A user with a password, scoped to a project. */
    public static OpenStackOptions password(URI authUrl, String user, String userDomain, String project, String projectDomain,
            SecretSource password) {
        return of(authUrl, new AuthMethod.Password(user, userDomain, project, projectDomain), password);
    }

    /** An application credential (it carries its own project). */
    public static OpenStackOptions applicationCredential(URI authUrl, String id, SecretSource secret) {
        return of(authUrl, new AuthMethod.ApplicationCredential(id), secret);
    }

    public OpenStackOptions withTls(TlsPolicy t) {
        return new OpenStackOptions(authUrl, auth, secrets, t, iface, region, metrics, zonePolicy, maxMicroversion, nominalCoreMhz,
                hostNetworkMbps, renewBefore, connectTimeout, readTimeout, clock);
    }

    public OpenStackOptions withEndpoints(String newIface, String newRegion) {
        return new OpenStackOptions(authUrl, auth, secrets, tls, newIface, newRegion, metrics, zonePolicy, maxMicroversion,
                nominalCoreMhz, hostNetworkMbps, renewBefore, connectTimeout, readTimeout, clock);
    }

    public OpenStackOptions withMetrics(MetricsConfig m) {
        return new OpenStackOptions(authUrl, auth, secrets, tls, iface, region, m, zonePolicy, maxMicroversion, nominalCoreMhz,
                hostNetworkMbps, renewBefore, connectTimeout, readTimeout, clock);
    }

    public OpenStackOptions withZonePolicy(ZonePolicy z) {
        return new OpenStackOptions(authUrl, auth, secrets, tls, iface, region, metrics, z, maxMicroversion, nominalCoreMhz,
                hostNetworkMbps, renewBefore, connectTimeout, readTimeout, clock);
    }

    public OpenStackOptions withMaxMicroversion(Microversion mv) {
        return new OpenStackOptions(authUrl, auth, secrets, tls, iface, region, metrics, zonePolicy, mv, nominalCoreMhz,
                hostNetworkMbps, renewBefore, connectTimeout, readTimeout, clock);
    }

    public OpenStackOptions withRenewal(Duration before, Clock c) {
        return new OpenStackOptions(authUrl, auth, secrets, tls, iface, region, metrics, zonePolicy, maxMicroversion, nominalCoreMhz,
                hostNetworkMbps, before, connectTimeout, readTimeout, c);
    }
}
