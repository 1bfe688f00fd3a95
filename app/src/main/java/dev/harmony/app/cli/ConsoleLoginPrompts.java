package dev.harmony.app.cli;

import dev.harmony.app.profile.ConnectionProfile;
import dev.harmony.app.profile.LoginPrompts;
import dev.harmony.app.profile.ProfileException;
import dev.harmony.connectors.vcenter.trust.ServerCertificate;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Asks on the terminal, without echo for secrets. When nobody can type, secrets come from the files named by
 * {@code HARMONY_PASSWORD_FILE} and {@code HARMONY_SECRETS_PASSPHRASE_FILE}, and an unknown certificate is
 * refused with its fingerprint printed, so it can be checked and given with {@code --fingerprint}.
 */
final class ConsoleLoginPrompts implements LoginPrompts {
    private final java.util.Set<String> warned = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Terminal terminal;
    private final PrintWriter err;

    ConsoleLoginPrompts(Terminal terminal, PrintWriter err) {
        this.terminal = terminal;
        this.err = err;
    }

    @Override
    public char[] password(ConnectionProfile profile) {
        String file = terminal.env().get(Terminal.PASSWORD_FILE);
        if (file != null && !file.isBlank()) {
            return SecretInput.fromFile(Terminal.PASSWORD_FILE, file);
        }
        if (!terminal.interactive()) {
            throw new ProfileException("profile " + profile.name() + " needs the password of " + profile.user()
                    + ", and there is no terminal to ask on: set " + Terminal.PASSWORD_FILE
                    + " to a file that holds it (readable only by you), or store it encrypted (secret: store)");
        }
        return terminal.console().readPassword("Password of %s at %s (profile %s): ", profile.user(), profile.url(), profile.name());
    }

    @Override
    public char[] passphrase(Path store) {
        String file = terminal.env().get(Terminal.PASSPHRASE_FILE);
        if (file != null && !file.isBlank()) {
            return SecretInput.fromFile(Terminal.PASSPHRASE_FILE, file);
        }
        if (!terminal.interactive()) {
            throw new ProfileException("the secret store " + store + " needs its passphrase, and there is no terminal to ask on: set "
                    + Terminal.PASSPHRASE_FILE + " to a file that holds it (readable only by you)");
        }
        if (Files.exists(store)) {
            return terminal.console().readPassword("Passphrase of the secret store %s: ", store);
        }
        char[] first = terminal.console().readPassword("New passphrase for the secret store %s: ", store);
        char[] again = terminal.console().readPassword("The same passphrase again: ");
        try {
            if (first == null || !Arrays.equals(first, again)) {
                throw new ProfileException("the two passphrases differ; nothing was stored");
            }
            return first.clone();
        } finally {
            if (first != null) {
                Arrays.fill(first, '\0');
            }
            if (again != null) {
                Arrays.fill(again, '\0');
            }
        }
    }

    @Override
    public boolean approve(ConnectionProfile profile, ServerCertificate presented) {
        err.println("harmony: first connection to " + presented.endpoint() + " (profile " + profile.name() + ").");
        err.println("  SHA-256 fingerprint: " + presented.sha256());
        err.println("  subject " + presented.subject() + ", issuer " + presented.issuer() + ", valid "
                + presented.notBefore() + " to " + presented.notAfter());
        err.flush();
        if (!terminal.interactive()) {
            err.println("harmony: no terminal to confirm it. Check the fingerprint with the server's administrator, then run"
                    + " harmony profile test " + profile.name() + " --fingerprint " + presented.sha256());
            err.flush();
            return false;
        }
        String answer = terminal.console().readLine("Trust this certificate and remember it? [y/N] ");
        return answer != null && answer.trim().toLowerCase(Locale.ROOT).startsWith("y");
    }

    @Override
    public void warnInsecure(ConnectionProfile profile) {
        if (!warned.add(profile.name())) {
            return; // once per profile and command is loud enough
        }
        err.println("harmony: WARNING: profile " + profile.name() + " does NOT check the TLS certificate of " + profile.url()
                + " (tls: insecure). Anyone between here and the server can read the password. Use it for throw-away labs only.");
        err.flush();
    }
}
