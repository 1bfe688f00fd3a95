package dev.harmony.connectors.vcenter.trust;

import java.util.Objects;
import javax.net.ssl.X509TrustManager;

/**
 * How the connector decides to trust a vCenter's certificate. The default is {@link PinOnFirstUse};
 * {@link TrustAnyForLab} exists for throw-away labs and must be chosen by name.
 */
public sealed interface TlsPolicy permits TlsPolicy.PinOnFirstUse, TlsPolicy.TrustAnyForLab {

    /**
     * The trust manager for one connection to {@code host:port}, decided before any credentials are sent.
     *
     * @throws dev.harmony.engine.connector.ConnectorException when the certificate changed or was not approved
     */
    X509TrustManager trustManagerFor(String host, int port);

    /** Whether certificates are checked at all (false only for the lab opt-out). */
    boolean verifies();

    /** Trust on first use, remembered in the pins. */
    static TlsPolicy pinOnFirstUse(CertificatePins pins, FirstUseApproval approval) {
        return new PinOnFirstUse(pins, approval);
    }

    /** Any certificate, unchecked: for labs only. */
    static TlsPolicy trustAnyForLab() {
        return new TrustAnyForLab();
    }

    /**
     * The server's certificate must match the fingerprint pinned for its endpoint; an endpoint met
     * for the first time is asked about and, if approved, pinned.
     *
     * @param pins     remembered fingerprints
     * @param approval asks the user about a certificate met for the first time
     */
    record PinOnFirstUse(CertificatePins pins, FirstUseApproval approval) implements TlsPolicy {
        public PinOnFirstUse {
            Objects.requireNonNull(pins, "pins");
            Objects.requireNonNull(approval, "approval");
        }

        @Override
        public X509TrustManager trustManagerFor(String host, int port) {
            return new FirstUsePinning(pins, approval).decide(host, port);
        }

        @Override
        public boolean verifies() {
            return true;
        }
    }

    /** Accepts every certificate; the connection is encrypted but anyone in between can read it. */
    record TrustAnyForLab() implements TlsPolicy {
        @Override
        public X509TrustManager trustManagerFor(String host, int port) {
            return new PinnedTrustManager(null);
        }

        @Override
        public boolean verifies() {
            return false;
        }
    }
}
