package dev.harmony.app.profile;

import dev.harmony.connectors.vcenter.credentials.Credentials;
import dev.harmony.connectors.vcenter.credentials.EncryptedCredentialFile;
import dev.harmony.engine.connector.ConnectorException;
import dev.harmony.engine.store.DataDirectory;
import java.nio.file.Path;

/**
 * The encrypted secret store of the profiles: {@link EncryptedCredentialFile} (AES-256-GCM, PBKDF2 key from a
 * passphrase the user types), one entry per profile keyed by {@link ConnectionProfile#secretKey()}. Listing and
 * removing need no passphrase; reading and writing do. See docs/decisions/0013-connection-profiles.md.
 */
public final class ProfileSecrets {
    private final Path file;

    public ProfileSecrets(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /** The store in the user's data folder: {@code secrets/profile-secrets.properties}. */
    public static ProfileSecrets in(DataDirectory data) {
        return new ProfileSecrets(data.root().resolve("secrets").resolve("profile-secrets.properties"));
    }

    public Path location() {
        return file;
    }

    /** Whether the store holds a password for the profile's user and URL. */
    public boolean holds(ConnectionProfile profile) {
        return profile.url() != null && EncryptedCredentialFile.holds(file, profile.secretKey());
    }

    /** Saves the password; the passphrase must open the entries already there, so one passphrase opens them all. */
    void save(ConnectionProfile profile, char[] password, char[] passphrase) {
        EncryptedCredentialFile store = new EncryptedCredentialFile(file, passphrase);
        java.util.List<java.net.URI> held = EncryptedCredentialFile.entries(file);
        if (!held.isEmpty()) {
            try {
                store.credentialsFor(held.get(0)).wipe();
            } catch (ConnectorException e) {
                throw new ProfileException("that passphrase does not open the secret store " + file
                        + " (it opens the passwords already there); nothing was stored");
            }
        }
        store.save(profile.secretKey(), new Credentials(profile.user(), password));
    }

    Credentials load(ConnectionProfile profile, char[] passphrase) {
        try {
            return new EncryptedCredentialFile(file, passphrase).credentialsFor(profile.secretKey());
        } catch (ConnectorException e) {
            throw new ProfileException("profile " + profile.name() + ": cannot open its stored password in " + file
                    + ": wrong passphrase, or the file was altered");
        }
    }

    /** Removes the profile's password from the store. @return whether there was one */
    public boolean forget(ConnectionProfile profile) {
        return profile.url() != null && EncryptedCredentialFile.forget(file, profile.secretKey());
    }
}
