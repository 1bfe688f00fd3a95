package dev.harmony.connectors.vcenter.trust;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The certificate a server presented, as shown to the user before it is trusted on first use.
 *
 * @param endpoint  {@code host:port}
 * @param sha256    SHA-256 of the DER certificate, upper-case hex pairs joined by colons
 * @param subject   the certificate's subject
 * @param issuer    who signed it (the subject again when self-signed)
 * @param notBefore start of validity
 * @param notAfter  end of validity
 */
public record ServerCertificate(String endpoint, String sha256, String subject, String issuer,
        Instant notBefore, Instant notAfter) {

    /** The facts of an X.509 certificate presented by the endpoint. */
    public static ServerCertificate of(String endpoint, X509Certificate certificate) {
        return new ServerCertificate(endpoint, fingerprint(certificate),
                certificate.getSubjectX500Principal().getName(), certificate.getIssuerX500Principal().getName(),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant());
    }

    /** SHA-256 of the DER encoding, as {@code AB:CD:...}, the form browsers and vSphere show. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").formatHex(digest).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint the certificate of " + certificate.getSubjectX500Principal(), e);
        }
    }

    /** One line for a prompt or a log. */
    public String describe() {
        return endpoint + " presents SHA-256 " + sha256 + " (subject " + subject + ", issuer " + issuer
                + ", valid " + notBefore + " to " + notAfter + ")";
    }
}
