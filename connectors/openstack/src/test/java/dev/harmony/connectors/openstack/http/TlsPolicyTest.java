package dev.harmony.connectors.openstack.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TLS policies against a real HTTPS server (the JDK's) with a self-signed certificate made by
 * {@code keytool}: refused by default, accepted with its CA file, accepted by the named lab opt-out.
 */
class TlsPolicyTest {
    @TempDir
    static Path dir;
    private static HttpsServer server;
    private static URI url;

    @BeforeAll
    static void startServer() throws Exception {
        Path store = dir.resolve("server.p12");
        keytool("-genkeypair", "-alias", "lab", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit");
        keytool("-exportcert", "-rfc", "-alias", "lab", "-keystore", store.toString(), "-storepass", "changeit",
                "-file", dir.resolve("ca.pem").toString());
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", exchange -> {
            byte[] body = "{\"version\": {\"version\": \"2.93\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        url = URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/v2.1/");
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    @Test
    void byDefaultAnUnknownCertificateIsRefused() {
        JsonHttp http = new JsonHttp(TlsPolicy.verified(), Duration.ofSeconds(5), Duration.ofSeconds(5));

        assertThatThrownBy(() -> http.get("reading the version", url, Map.of())).isInstanceOf(ApiException.class)
                .hasMessageContaining("reading the version: cannot reach https://127.0.0.1:").hasMessageContaining("SSLHandshakeException");
        assertThat(TlsPolicy.verified().verifies()).isTrue();
    }

    @Test
    void theCloudsOwnCaFileMakesItTrusted() {
        JsonHttp http = new JsonHttp(TlsPolicy.verifiedWith(dir.resolve("ca.pem")), Duration.ofSeconds(5), Duration.ofSeconds(5));

        assertThat(http.get("reading the version", url, Map.of()).body().path("version").path("version").asText()).isEqualTo("2.93");
    }

    @Test
    void theLabOptOutAcceptsAnyCertificateAndSaysItDoesNotVerify() {
        JsonHttp http = new JsonHttp(TlsPolicy.trustAnyForLab(), Duration.ofSeconds(5), Duration.ofSeconds(5));

        assertThat(http.get("reading the version", url, Map.of()).status()).isEqualTo(200);
        assertThat(TlsPolicy.trustAnyForLab().verifies()).isFalse();
    }

    @Test
    void aCaFileWithoutCertificatesIsAPlainError() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.pem"), "");

        assertThatThrownBy(() -> TlsPolicy.verifiedWith(empty).sslContext()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty.pem");
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + out);
        }
    }
}
