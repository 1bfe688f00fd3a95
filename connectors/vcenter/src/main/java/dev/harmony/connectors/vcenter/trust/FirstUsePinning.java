package dev.harmony.connectors.vcenter.trust;

import dev.harmony.engine.connector.ConnectorException;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509TrustManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at the certificate an endpoint presents, before any credentials go out, and compares it
 * with the pin: a match is trusted, a difference is refused, a first meeting is put to the user.
 */
final class FirstUsePinning {
    private static final Logger LOG = LoggerFactory.getLogger(FirstUsePinning.class);
    private static final int PROBE_TIMEOUT_MS = 10_000;

    private final CertificatePins pins;
    private final FirstUseApproval approval;

    FirstUsePinning(CertificatePins pins, FirstUseApproval approval) {
        this.pins = pins;
        this.approval = approval;
    }

    X509TrustManager decide(String host, int port) {
        String endpoint = host + ":" + port;
        ServerCertificate presented = ServerCertificate.of(endpoint, presentedCertificate(host, port));
        Optional<String> pin = pins.pinned(endpoint);
        if (pin.isPresent()) {
            if (!pin.get().equalsIgnoreCase(presented.sha256())) {
                throw new ConnectorException("vCenter " + endpoint + " refused: its certificate changed since it was"
                        + " trusted. Pinned SHA-256 " + pin.get() + ", now " + presented.sha256() + " (subject "
                        + presented.subject() + "). If the certificate was replaced on purpose, confirm the new"
                        + " fingerprint with the vCenter administrator, then remove " + endpoint + " from "
                        + pins.location() + " to trust it on the next connection.");
            }
            return new PinnedTrustManager(presented.sha256());
        }
        LOG.info("First connection to {}: asking whether to trust {}", endpoint, presented.describe());
        if (!approval.approve(presented)) {
            throw new ConnectorException("vCenter " + endpoint + " refused: its certificate was not approved ("
                    + presented.describe() + ")");
        }
        pins.pin(endpoint, presented.sha256());
        LOG.info("Pinned the certificate of {} (SHA-256 {}) in {}", endpoint, presented.sha256(), pins.location());
        return new PinnedTrustManager(presented.sha256());
    }

    /** One TLS handshake that records whatever the server presents; nothing is sent over it. */
    private static X509Certificate presentedCertificate(String host, int port) {
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new X509TrustManager[] {new PinnedTrustManager(null)}, null);
            try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket()) {
                socket.connect(new java.net.InetSocketAddress(host, port), PROBE_TIMEOUT_MS);
                socket.setSoTimeout(PROBE_TIMEOUT_MS);
                socket.startHandshake();
                Certificate[] chain = socket.getSession().getPeerCertificates();
                return (X509Certificate) chain[0];
            }
        } catch (IOException e) {
            throw new ConnectorException("vCenter " + host + ":" + port + " is unreachable: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no TLS", e);
        }
    }
}
