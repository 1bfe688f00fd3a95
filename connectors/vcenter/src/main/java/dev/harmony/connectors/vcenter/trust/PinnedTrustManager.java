package dev.harmony.connectors.vcenter.trust;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Accepts exactly one server certificate, by SHA-256 fingerprint, or any certificate when no
 * fingerprint is given (the lab opt-out). It is an {@link X509ExtendedTrustManager} on purpose: the
 * JDK then leaves host-name checks to it, and an exact pin is stronger than a name match, while
 * vCenter's self-signed certificates often name a host other than the one dialled.
 */
final class PinnedTrustManager extends X509ExtendedTrustManager {
    private final String sha256;

    /** @param sha256 the only fingerprint accepted; null accepts any certificate */
    PinnedTrustManager(String sha256) {
        this.sha256 = sha256;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (sha256 == null) {
            return;
        }
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the server presented no certificate");
        }
        String presented = ServerCertificate.fingerprint(chain[0]);
        if (!presented.equalsIgnoreCase(sha256)) {
            throw new CertificateException("the server's certificate changed: expected SHA-256 " + sha256
                    + ", got " + presented);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("this trust manager checks servers only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
