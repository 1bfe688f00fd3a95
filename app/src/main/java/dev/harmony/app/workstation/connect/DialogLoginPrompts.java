package dev.harmony.app.workstation.connect;

import dev.harmony.app.profile.ConnectionProfile;
import dev.harmony.app.profile.LoginPrompts;
import dev.harmony.connectors.vcenter.trust.ServerCertificate;
import java.nio.file.Path;

/** The profiles' questions put to the planner as dialogs. */
final class DialogLoginPrompts implements LoginPrompts {
    private final ConnectDialogs dialogs;

    DialogLoginPrompts(ConnectDialogs dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public char[] password(ConnectionProfile profile) {
        return dialogs.secret("Password for " + profile.name(), "Password of " + profile.user() + " at " + profile.url());
    }

    @Override
    public char[] passphrase(Path store) {
        return dialogs.secret("Secret store", "Passphrase of Harmony's secret store (" + store.getFileName() + ")."
                + " A new store takes the passphrase you type now; remember it.");
    }

    @Override
    public boolean approve(ConnectionProfile profile, ServerCertificate presented) {
        return dialogs.trustCertificate(profile.name(), presented);
    }

    @Override
    public void warnInsecure(ConnectionProfile profile) {
        dialogs.warn("Profile " + profile.name() + " does NOT check the TLS certificate of " + profile.url()
                + " (insecure). Anyone between here and the server can read the password. Use it for throw-away labs only.");
    }
}
