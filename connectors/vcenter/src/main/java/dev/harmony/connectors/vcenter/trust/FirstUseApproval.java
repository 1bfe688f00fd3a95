package dev.harmony.connectors.vcenter.trust;

/**
 * Asks the user whether to trust a server's certificate the first time Harmony meets it. The
 * workstation shows the fingerprint and asks; the command line may accept a fingerprint given
 * on its command line. An approved certificate is pinned and not asked for again.
 */
@FunctionalInterface
public interface FirstUseApproval {

    /** @return true to trust and pin the certificate, false to refuse the connection */
    boolean approve(ServerCertificate presented);

    /** Approves only a certificate whose fingerprint the user got beforehand by a trusted way. */
    static FirstUseApproval expecting(String sha256) {
        return presented -> presented.sha256().equalsIgnoreCase(sha256.trim());
    }
}
