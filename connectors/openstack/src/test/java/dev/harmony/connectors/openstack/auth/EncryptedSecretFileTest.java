package dev.harmony.connectors.openstack.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.engine.connector.ConnectorException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets go to disk encrypted, come back with the passphrase only, and stay bound to their entry. */
class EncryptedSecretFileTest {
    private static final URI KEYSTONE = URI.create("https://keystone.example.com:5000/v3");

    @Test
    void aSavedSecretComesBackAndIsNotInTheFileInPlainText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("openstack-secrets.properties");
        new EncryptedSecretFile(file, "correct horse".toCharArray()).save(KEYSTONE, "harmony@Default", "s3cr3t-Pa55".toCharArray());

        char[] back = new EncryptedSecretFile(file, "correct horse".toCharArray()).secretFor(KEYSTONE, "harmony@Default");

        assertThat(new String(back)).isEqualTo("s3cr3t-Pa55");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain("s3cr3t").contains("harmony@Default");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aWrongPassphraseOrAnotherPrincipalGetsAPlainRefusal(@TempDir Path dir) {
        Path file = dir.resolve("s.properties");
        new EncryptedSecretFile(file, "one".toCharArray()).save(KEYSTONE, "harmony@Default", "x".toCharArray());

        assertThatThrownBy(() -> new EncryptedSecretFile(file, "two".toCharArray()).secretFor(KEYSTONE, "harmony@Default"))
                .isInstanceOf(ConnectorException.class).hasMessageContaining("wrong passphrase");
        assertThatThrownBy(() -> new EncryptedSecretFile(file, "one".toCharArray()).secretFor(KEYSTONE, "someone-else"))
                .isInstanceOf(ConnectorException.class).hasMessageContaining("no saved secret for someone-else");
    }
}
