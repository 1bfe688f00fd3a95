package dev.harmony.connectors.vcenter;

import dev.harmony.connectors.vcenter.credentials.CredentialSource;
import dev.harmony.connectors.vcenter.session.ReconnectPolicy;
import dev.harmony.connectors.vcenter.trust.TlsPolicy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach one vCenter and how the connector behaves.
 *
 * @param sdk             the SDK URL, e.g. {@code https://vc01.example.com/sdk}
 * @param credentials     where the user and password come from (asked once per connector)
 * @param tls             how the certificate is trusted
 * @param reconnect       how hard to try when the connection drops
 * @param connectTimeout  TCP connect timeout
 * @param readTimeout     longest wait for one answer
 * @param vmsPerPerfCall  VMs per QueryPerf call
 * @param livePollPeriod  time between polls of a live subscription (vCenter refreshes every 20 s)
 * @param clock           the connector's clock
 */
public record VcenterOptions(URI sdk, CredentialSource credentials, TlsPolicy tls, ReconnectPolicy reconnect,
        Duration connectTimeout, Duration readTimeout, int vmsPerPerfCall, Duration livePollPeriod, Clock clock) {

    public VcenterOptions {
        Objects.requireNonNull(sdk, "sdk");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(reconnect, "reconnect");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (vmsPerPerfCall < 1) {
            throw new IllegalArgumentException("vmsPerPerfCall must be positive, was " + vmsPerPerfCall);
        }
        Objects.requireNonNull(livePollPeriod, "livePollPeriod");
        Objects.requireNonNull(clock, "clock");
    }

    /** The usual settings: standard reconnect, 10 s connect and 120 s read timeouts, 100 VMs per QueryPerf, 20 s polls. */
    public static VcenterOptions of(URI sdk, CredentialSource credentials, TlsPolicy tls) {
        return new VcenterOptions(sdk, credentials, tls, ReconnectPolicy.standard(), Duration.ofSeconds(10),
                Duration.ofSeconds(120), 100, Duration.ofSeconds(20), Clock.systemUTC());
    }

    public VcenterOptions withReconnect(ReconnectPolicy policy) {
        return new VcenterOptions(sdk, credentials, tls, policy, connectTimeout, readTimeout, vmsPerPerfCall, livePollPeriod, clock);
    }

    public VcenterOptions withLivePollPeriod(Duration period) {
        return new VcenterOptions(sdk, credentials, tls, reconnect, connectTimeout, readTimeout, vmsPerPerfCall, period, clock);
    }
}
