package dev.harmony.app.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.connectors.vcenter.credentials.Credentials;
import dev.harmony.connectors.vcenter.trust.ServerCertificate;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets by mode: stored encrypted under one passphrase asked once, or asked each time. The person is played by the test. */
class ProfileLoginTest {
    private static final ConnectionProfile VC = new ConnectionProfile("vc01", "vcenter", null,
            URI.create("https://vc01.example.com/sdk"), "planner", TlsMode.VERIFY, SecretMode.STORE, null, Map.of());

    @TempDir
    Path dir;

    /** Answers as a person would, counting the questions. */
    private static final class Person implements LoginPrompts {
        final AtomicInteger passphrases = new AtomicInteger();
        final AtomicInteger passwords = new AtomicInteger();
        String passphrase = "right";

        @Override
        public char[] password(ConnectionProfile profile) {
            passwords.incrementAndGet();
            return "typed-each-time".toCharArray();
        }

        @Override
        public char[] passphrase(Path store) {
            passphrases.incrementAndGet();
            return passphrase.toCharArray();
        }

        @Override
        public boolean approve(ConnectionProfile profile, ServerCertificate presented) {
            return false;
        }

        @Override
        public void warnInsecure(ConnectionProfile profile) {
        }
    }

    @Test
    void aStoredPasswordComesBackWithThePassphraseAskedOnce() {
        Person person = new Person();
        ProfileSecrets secrets = new ProfileSecrets(dir.resolve("s.properties"));
        ProfileLogin login = new ProfileLogin(secrets, person);
        login.store(VC, "s3cret".toCharArray());

        Credentials credentials = login.credentials(VC);

        assertThat(credentials.user()).isEqualTo("planner");
        assertThat(credentials.password()).isEqualTo("s3cret".toCharArray());
        assertThat(person.passphrases).hasValue(1);
        assertThat(secrets.holds(VC)).isTrue();
    }

    @Test
    void aWrongPassphraseIsRefusedAndAskedAgainNextTime() {
        Person person = new Person();
        ProfileSecrets secrets = new ProfileSecrets(dir.resolve("s.properties"));
        new ProfileLogin(secrets, person).store(VC, "s3cret".toCharArray());
        person.passphrase = "wrong";
        ProfileLogin later = new ProfileLogin(secrets, person);

        assertThatThrownBy(() -> later.credentials(VC)).isInstanceOf(ProfileException.class).hasMessageContaining("wrong passphrase");
        person.passphrase = "right";
        assertThat(later.credentials(VC).password()).isEqualTo("s3cret".toCharArray());
        assertThat(person.passphrases).hasValue(3);
    }

    @Test
    void aSecondPasswordNeedsTheSamePassphrase() {
        Person person = new Person();
        ProfileSecrets secrets = new ProfileSecrets(dir.resolve("s.properties"));
        new ProfileLogin(secrets, person).store(VC, "s3cret".toCharArray());
        person.passphrase = "another";
        ConnectionProfile other = new ConnectionProfile("vc02", "vcenter", null, URI.create("https://vc02.example.com/sdk"),
                "planner", TlsMode.VERIFY, SecretMode.STORE, null, Map.of());

        assertThatThrownBy(() -> new ProfileLogin(secrets, person).store(other, "x".toCharArray()))
                .hasMessageContaining("does not open the secret store");
        assertThat(secrets.holds(other)).isFalse();
    }

    @Test
    void aPasswordStoredForOneServerIsNotUsedForAnother() {
        Person person = new Person();
        ProfileSecrets secrets = new ProfileSecrets(dir.resolve("s.properties"));
        new ProfileLogin(secrets, person).store(VC, "s3cret".toCharArray());
        ConnectionProfile moved = new ConnectionProfile("vc01", "vcenter", null, URI.create("https://evil.example.com/sdk"),
                "planner", TlsMode.VERIFY, SecretMode.STORE, null, Map.of());

        assertThatThrownBy(() -> new ProfileLogin(secrets, person).credentials(moved)).hasMessageContaining("holds none");
    }

    @Test
    void anAskedPasswordIsAskedEveryTimeAndNeverStored() {
        Person person = new Person();
        ProfileSecrets secrets = new ProfileSecrets(dir.resolve("s.properties"));
        ConnectionProfile ask = new ConnectionProfile("vc01", "vcenter", null, VC.url(), "planner", TlsMode.VERIFY,
                SecretMode.ASK, null, Map.of());
        ProfileLogin login = new ProfileLogin(secrets, person);

        login.credentials(ask);
        login.credentials(ask);

        assertThat(person.passwords).hasValue(2);
        assertThat(person.passphrases).hasValue(0);
        assertThat(dir.resolve("s.properties")).doesNotExist();
    }
}
