package dev.harmony.connectors.vcenter.session;

import com.vmware.vim25.InvalidLogin;
import dev.harmony.connectors.vcenter.credentials.CredentialSource;
import dev.harmony.connectors.vcenter.credentials.Credentials;
import dev.harmony.connectors.vcenter.trust.TlsPolicy;
import dev.harmony.engine.connector.ConnectorException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.rmi.RemoteException;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.TrustManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One logged-in vCenter session shared by the connector's threads. Every call goes through
 * {@link #call} or {@link #callOnce}: when the connection or the session drops, the session
 * logs in again, waiting longer between tries as the {@link ReconnectPolicy} says, and reports the
 * vCenter unreachable as a {@link ConnectorException} when the tries run out. The next call starts
 * trying afresh, so work resumes once vCenter is back. The certificate is checked again on every
 * reconnect. Credentials are held in memory only, from the first login until {@link #close()}.
 */
public final class VcenterSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VcenterSession.class);

    private final URI sdk;
    private final CredentialSource credentialSource;
    private final TlsPolicy tls;
    private final ReconnectPolicy reconnect;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private Credentials credentials;
    private Login.Live live;
    private boolean closed;

    /**
     * @param sdk            the vCenter's SDK URL, e.g. {@code https://vc01.example.com/sdk}
     * @param credentials    asked once, at the first login
     * @param tls            how the certificate is trusted
     * @param reconnect      how hard to try when the connection drops
     * @param connectTimeout how long to wait for a TCP connection
     * @param readTimeout    how long to wait for one answer (QueryPerf over many VMs takes seconds)
     */
    public VcenterSession(URI sdk, CredentialSource credentials, TlsPolicy tls, ReconnectPolicy reconnect,
            Duration connectTimeout, Duration readTimeout) {
        this.sdk = requireSdkUrl(sdk);
        this.credentialSource = Objects.requireNonNull(credentials, "credentials");
        this.tls = Objects.requireNonNull(tls, "tls");
        this.reconnect = Objects.requireNonNull(reconnect, "reconnect");
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
        if (!tls.verifies()) {
            LOG.warn("Certificate checks are OFF for {} (lab opt-out): anyone on the path can read the password", sdk);
        }
    }

    /** The SDK URL, without user information. */
    public URI sdk() {
        return sdk;
    }

    /** {@code host:port} of the vCenter. */
    public String endpoint() {
        return sdk.getHost() + ":" + port(sdk);
    }

    /**
     * Logs in now rather than at the first call, so a wrong password, a refused certificate or an address with no
     * vCenter behind it shows at once: one try, no backoff (the backoff is for a session that dropped later).
     */
    public void connect() {
        current("connecting", 1);
    }

    /**
     * Runs the work, reconnecting and running it again when the connection or session dropped.
     * For reads and other work that is safe to repeat.
     */
    public <T> T call(String doing, VimCall<T> work) {
        return run(doing, work, true);
    }

    /**
     * Runs the work once: when the connection drops during it, the session reconnects for later
     * calls but the work is not repeated, since vCenter may have started it (a migration).
     */
    public <T> T callOnce(String doing, VimCall<T> work) {
        return run(doing, work, false);
    }

    private <T> T run(String doing, VimCall<T> work, boolean repeatable) {
        Login.Live used = current(doing);
        try {
            return work.call(used.vim(), used.content());
        } catch (RemoteException | RuntimeException e) {
            if (!Faults.connectionLost(e) && !Faults.sessionGone(e)) {
                throw new ConnectorException("vCenter " + endpoint() + ": " + doing + " failed: " + Faults.describe(e), e);
            }
            LOG.warn("vCenter {}: connection lost while {} ({}); reconnecting", endpoint(), doing, Faults.describe(e));
            drop(used);
            if (!repeatable) {
                throw new ConnectorException("vCenter " + endpoint() + ": the connection dropped while " + doing
                        + "; vCenter may or may not have received the request, so it was not sent again ("
                        + Faults.describe(e) + ")", e);
            }
        }
        Login.Live again = current(doing);
        try {
            return work.call(again.vim(), again.content());
        } catch (RemoteException | RuntimeException e) {
            if (Faults.connectionLost(e) || Faults.sessionGone(e)) {
                drop(again);
            }
            throw new ConnectorException("vCenter " + endpoint() + ": " + doing + " failed right after reconnecting: "
                    + Faults.describe(e), e);
        }
    }

    /** The live connection, logging in with backoff when there is none. */
    private Login.Live current(String doing) {
        return current(doing, reconnect.attempts());
    }

    private synchronized Login.Live current(String doing, int attempts) {
        if (closed) {
            throw new ConnectorException("vCenter " + endpoint() + ": the connector is closed (while " + doing + ")");
        }
        if (live != null) {
            return live;
        }
        long started = System.nanoTime();
        Throwable last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            sleep(reconnect.delayBefore(attempt), doing);
            try {
                live = login();
                if (attempt > 1) {
                    LOG.info("vCenter {}: reconnected after {} tries", endpoint(), attempt);
                }
                return live;
            } catch (InvalidLogin e) {
                forgetCredentials();
                throw new ConnectorException("vCenter " + endpoint() + " refused the login: wrong user or password", e);
            } catch (RemoteException | RuntimeException e) {
                if (!Faults.connectionLost(e)) {
                    throw e instanceof ConnectorException ce ? ce
                            : new ConnectorException("vCenter " + endpoint() + ": login failed: " + Faults.describe(e), e);
                }
                last = e;
                LOG.info("vCenter {}: try {} of {} to connect failed: {}", endpoint(), attempt, attempts, Faults.describe(e));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        throw new ConnectorException(String.format(java.util.Locale.ROOT,
                "vCenter %s is unreachable while %s: %s (%s over %.1f s). Nothing was changed; the next call tries again.",
                endpoint(), doing, Faults.describe(last), attempts == 1 ? "1 try" : attempts + " tries", seconds), last);
    }

    private Login.Live login() throws RemoteException {
        TrustManager trust = "https".equalsIgnoreCase(sdk.getScheme()) ? tls.trustManagerFor(sdk.getHost(), port(sdk)) : null;
        if (credentials == null) {
            credentials = credentialSource.credentialsFor(sdk);
        }
        char[] password = credentials.password();
        try {
            return Login.open(url(), credentials.user(), password, trust, connectTimeout, readTimeout);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    private synchronized void drop(Login.Live dead) {
        if (live == dead) {
            live = null;
        }
    }

    private void forgetCredentials() {
        if (credentials != null) {
            credentials.wipe();
            credentials = null;
        }
    }

    private static void sleep(Duration delay, String doing) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException("interrupted while waiting to reconnect (" + doing + ")", e);
        }
    }

    private URL url() {
        try {
            return sdk.toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a vCenter SDK URL: " + sdk, e);
        }
    }

    private static URI requireSdkUrl(URI sdk) {
        Objects.requireNonNull(sdk, "sdk");
        String scheme = sdk.getScheme();
        if (sdk.getHost() == null || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
            throw new IllegalArgumentException("a vCenter SDK URL looks like https://vcenter.example.com/sdk, not " + sdk);
        }
        if (sdk.getUserInfo() != null) {
            throw new IllegalArgumentException("put the user and password in the credentials, not in the URL");
        }
        return sdk;
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** Logs out and forgets the credentials. */
    @Override
    public void close() {
        Login.Live last;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            last = live;
            live = null;
            forgetCredentials();
        }
        if (last != null) {
            try {
                last.instance().getServerConnection().logout();
            } catch (RuntimeException e) {
                LOG.debug("vCenter {}: logout failed ({}); the session expires on its own", endpoint(), e.toString());
            }
        }
    }
}
