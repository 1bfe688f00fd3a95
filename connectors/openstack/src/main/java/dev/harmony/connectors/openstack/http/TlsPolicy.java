package dev.harmony.connectors.openstack.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * How the connector trusts the cloud's TLS certificates. The default verifies them against the
 * Java trust store, or against a CA bundle the cloud's operators hand out; {@link TrustAnyForLab}
 * switches checking off and must be chosen by name, for throw-away labs only.
 */
public sealed interface TlsPolicy permits TlsPolicy.Verified, TlsPolicy.TrustAnyForLab {

    /** The SSL context for every HTTPS call of one connector. */
    SSLContext sslContext();

    /** Whether certificates and host names are checked (false only for the lab opt-out). */
    boolean verifies();

    /** Certificates checked against the Java trust store: the default. */
    static TlsPolicy verified() {
        return new Verified(null);
    }

    /** Certificates checked against the CA certificates in a PEM file (the cloud's own CA). */
    static TlsPolicy verifiedWith(Path caBundle) {
        return new Verified(Objects.requireNonNull(caBundle, "caBundle"));
    }

    /** Any certificate, unchecked: for labs only. */
    static TlsPolicy trustAnyForLab() {
        return new TrustAnyForLab();
    }

    /** @param caBundle PEM file of trusted CA certificates; null for the Java trust store */
    record Verified(Path caBundle) implements TlsPolicy {
        @Override
        public SSLContext sslContext() {
            try {
                if (caBundle == null) {
                    return SSLContext.getDefault();
                }
                KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(null, null);
                int n = 0;
                for (Certificate c : read(caBundle)) {
                    store.setCertificateEntry("ca-" + n++, c);
                }
                if (n == 0) {
                    throw new IllegalArgumentException("CA bundle " + caBundle + " holds no certificate");
                }
                TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(store);
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, tmf.getTrustManagers(), new SecureRandom());
                return context;
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalArgumentException("cannot use CA bundle " + caBundle + ": " + e.getMessage(), e);
            }
        }

        private static Collection<? extends Certificate> read(Path pem) throws IOException, GeneralSecurityException {
            try (InputStream in = Files.newInputStream(pem)) {
                return CertificateFactory.getInstance("X.509").generateCertificates(in);
            }
        }

        @Override
        public boolean verifies() {
            return true;
        }
    }

    /** Accepts every certificate; the traffic is encrypted but anyone in between can read it. */
    record TrustAnyForLab() implements TlsPolicy {
        @Override
        public SSLContext sslContext() {
            // An extended trust manager, so that the JDK does not add its own host-name check around it.
            X509ExtendedTrustManager any = new X509ExtendedTrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
                }

                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            };
            try {
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, new TrustManager[] {any}, new SecureRandom());
                return context;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("this Java has no TLS", e);
            }
        }

        @Override
        public boolean verifies() {
            return false;
        }
    }
}
