package dev.harmony.app.profile;

import dev.harmony.connectors.vcenter.trust.ServerCertificate;
import java.nio.file.Path;

/**
 * What opening a profile may need from the person at the keyboard. The command line asks on the
 * terminal (or reads the files named by environment variables); the workstation asks in dialogs.
 */
public interface LoginPrompts {

    /** The profile's password, for profiles whose secret is asked each time. */
    char[] password(ConnectionProfile profile);

    /** The passphrase that unlocks the secret store at {@code store}. */
    char[] passphrase(Path store);

    /** Whether to trust a certificate met for the first time; shows its fingerprint. */
    boolean approve(ConnectionProfile profile, ServerCertificate presented);

    /** Says, loudly, that this profile does not check certificates. */
    void warnInsecure(ConnectionProfile profile);
}
