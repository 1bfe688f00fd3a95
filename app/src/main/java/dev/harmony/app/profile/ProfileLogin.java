package dev.harmony.app.profile;

import dev.harmony.connectors.vcenter.credentials.Credentials;
import dev.harmony.connectors.vcenter.trust.FirstUseApproval;
import java.util.Arrays;

/**
 * Turns a profile's secret mode into credentials and its TLS settings into a first-use approval, asking
 * {@link LoginPrompts} for what only a person can give. The store's passphrase is asked once and kept in
 * memory for the life of this object (a command, or a workstation session), never written.
 */
public final class ProfileLogin {
    private final ProfileSecrets secrets;
    private final LoginPrompts prompts;
    private char[] passphrase;

    public ProfileLogin(ProfileSecrets secrets, LoginPrompts prompts) {
        this.secrets = secrets;
        this.prompts = prompts;
    }

    /** The user and password for the profile, from the store or asked for. */
    public Credentials credentials(ConnectionProfile profile) {
        if (profile.secret() == SecretMode.ASK) {
            char[] password = prompts.password(profile);
            try {
                if (password == null || password.length == 0) {
                    throw new ProfileException("no password given for profile " + profile.name());
                }
                return new Credentials(profile.user(), password);
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
        }
        if (profile.secret() == SecretMode.STORE) {
            if (!secrets.holds(profile)) {
                throw new ProfileException("profile " + profile.name() + " keeps its password in the secret store "
                        + secrets.location() + ", which holds none for " + profile.user() + " at " + profile.url()
                        + "; store it with: harmony profile add " + profile.name() + " --replace ... (it prompts)");
            }
            try {
                return secrets.load(profile, passphrase());
            } catch (ProfileException e) {
                forgetPassphrase();
                throw e;
            }
        }
        throw new ProfileException("profile " + profile.name() + " has no secret, but its source asked for one");
    }

    /** Saves the password of a profile whose secret is kept in the store. */
    public void store(ConnectionProfile profile, char[] password) {
        secrets.save(profile, password, passphrase());
    }

    /** Approval of a certificate met for the first time: the profile's expected fingerprint, else the person. */
    public FirstUseApproval approval(ConnectionProfile profile) {
        if (profile.fingerprint() != null && !profile.fingerprint().isBlank()) {
            return FirstUseApproval.expecting(profile.fingerprint());
        }
        return presented -> prompts.approve(profile, presented);
    }

    /** Passes on the loud warning for a profile that does not check certificates. */
    public void warnInsecure(ConnectionProfile profile) {
        prompts.warnInsecure(profile);
    }

    /** Forgets the passphrase, e.g. after it turned out wrong, so the next use asks again. */
    public synchronized void forgetPassphrase() {
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
            passphrase = null;
        }
    }

    private synchronized char[] passphrase() {
        if (passphrase == null) {
            char[] typed = prompts.passphrase(secrets.location());
            if (typed == null || typed.length == 0) {
                throw new ProfileException("the secret store " + secrets.location() + " needs its passphrase, and none was given");
            }
            passphrase = typed;
        }
        return passphrase;
    }
}
