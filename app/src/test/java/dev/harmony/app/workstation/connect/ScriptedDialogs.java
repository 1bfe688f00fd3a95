package dev.harmony.app.workstation.connect;

import dev.harmony.connectors.vcenter.trust.ServerCertificate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Answers the Connect panel's questions as a planner would, remembering what was asked: the person, played by the test. */
final class ScriptedDialogs implements ConnectDialogs {
    final List<String> secretsAsked = new CopyOnWriteArrayList<>();
    final List<ServerCertificate> certificatesShown = new CopyOnWriteArrayList<>();
    final List<String> warnings = new CopyOnWriteArrayList<>();
    String secret = "store passphrase";
    boolean trust = true;

    @Override
    public char[] secret(String title, String message) {
        secretsAsked.add(title);
        return secret == null ? null : secret.toCharArray();
    }

    @Override
    public boolean trustCertificate(String profile, ServerCertificate presented) {
        certificatesShown.add(presented);
        return trust;
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }
}
