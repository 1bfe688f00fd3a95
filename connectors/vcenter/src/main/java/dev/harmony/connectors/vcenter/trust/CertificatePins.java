package dev.harmony.connectors.vcenter.trust;

import java.util.Optional;

/**
 * Remembered server certificates: one SHA-256 fingerprint per endpoint ({@code host:port}). Knows
 * nothing of vCenter, so any connector that pins certificates can keep its pins here.
 */
public interface CertificatePins {

    /** The fingerprint remembered for the endpoint, if any. */
    Optional<String> pinned(String endpoint);

    /** Remembers the fingerprint for the endpoint, replacing any earlier one. */
    void pin(String endpoint, String sha256);

    /** Forgets the endpoint's fingerprint, so that the next connection asks again. */
    void forget(String endpoint);

    /** Where the pins are kept, for messages that tell the user what to check. */
    String location();
}
