package dev.harmony.connectors.vcenter.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.engine.connector.ConnectorException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Credentials at rest: readable with the passphrase only, never in plain text, bound to their vCenter. */
class EncryptedCredentialFileTest {
    private static final URI VC01 = URI.create("https://vc01.example.com/sdk");
    private static final URI VC02 = URI.create("https://vc02.example.com/sdk");

    @Test
    void savedCredentialsComeBackWithTheSamePassphrase(@TempDir Path dir) {
        Path file = dir.resolve("credentials.properties");
        new EncryptedCredentialFile(file, "correct horse".toCharArray())
                .save(VC01, new Credentials("planner@vsphere.local", "S3cret!pass".toCharArray()));

        Credentials back = new EncryptedCredentialFile(file, "correct horse".toCharArray()).credentialsFor(VC01);

        assertThat(back.user()).isEqualTo("planner@vsphere.local");
        assertThat(back.password()).containsExactly("S3cret!pass".toCharArray());
        assertThat(back.toString()).doesNotContain("S3cret");
    }

    @Test
    void fileHoldsNeitherPasswordNorUserInPlainText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("credentials.properties");
        new EncryptedCredentialFile(file, "correct horse".toCharArray())
                .save(VC01, new Credentials("planner@vsphere.local", "S3cret!pass".toCharArray()));

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("S3cret").doesNotContain("planner").doesNotContain("correct horse");
        assertThat(Files.getPosixFilePermissions(file)).hasSize(2);
    }

    @Test
    void wrongPassphraseIsRefusedWithAPlainMessage(@TempDir Path dir) {
        Path file = dir.resolve("credentials.properties");
        new EncryptedCredentialFile(file, "correct horse".toCharArray())
                .save(VC01, new Credentials("planner", "S3cret!pass".toCharArray()));

        assertThatThrownBy(() -> new EncryptedCredentialFile(file, "wrong horse".toCharArray()).credentialsFor(VC01))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("wrong passphrase");
    }

    @Test
    void entryCopiedToAnotherVcenterDoesNotOpen(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("credentials.properties");
        EncryptedCredentialFile credentials = new EncryptedCredentialFile(file, "correct horse".toCharArray());
        credentials.save(VC01, new Credentials("planner", "S3cret!pass".toCharArray()));
        Properties entries = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            entries.load(in);
        }
        entries.setProperty(VC02.toString(), entries.getProperty(VC01.toString()));
        try (var out = Files.newBufferedWriter(file)) {
            entries.store(out, null);
        }

        assertThatThrownBy(() -> credentials.credentialsFor(VC02)).isInstanceOf(ConnectorException.class);
        assertThat(credentials.credentialsFor(VC01).user()).isEqualTo("planner");
    }

    @Test
    void unknownVcenterSaysWhereItLooked(@TempDir Path dir) {
        Path file = dir.resolve("credentials.properties");
        assertThatThrownBy(() -> new EncryptedCredentialFile(file, "x".toCharArray()).credentialsFor(VC01))
                .hasMessageContaining("no saved credentials for vCenter " + VC01).hasMessageContaining(file.toString());
    }
}
