package dev.harmony.app.cli;

import dev.harmony.app.profile.ConnectionProfile;
import dev.harmony.app.profile.ProfileFile;
import dev.harmony.app.profile.ProfileFormatException;
import dev.harmony.app.profile.ProfileLogin;
import dev.harmony.app.profile.SecretMode;
import dev.harmony.app.profile.TlsMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code harmony profile add NAME --kind vcenter --url URL --user USER}: writes the profile and, for a stored
 * secret, asks for the password (no echo; {@code --password-stdin} or {@code HARMONY_PASSWORD_FILE} when nobody
 * types) and the store's passphrase, and saves the password encrypted. The password is stored before the profile
 * is written, so a failure leaves neither.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Add (or with --replace, change) a connection profile. A password is asked for without echo, or read",
            "from stdin with --password-stdin; it is never an option. Nothing connects: run harmony profile test NAME."})
final class ProfileAddCommand implements Callable<Integer> {
    private final AppContext context;
    @Parameters(index = "0", paramLabel = "NAME", description = "The profile's name: letters, digits, '.', '-', '_'.")
    private String name;
    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "lab, vcenter or openstack.")
    private String kind;
    @Option(names = "--lab", paramLabel = "LAB", description = "For kind lab: the lab's name (harmony lab list).")
    private String lab;
    @Option(names = "--url", paramLabel = "URL", description = "The server, e.g. https://vc01.example.com/sdk.")
    private String url;
    @Option(names = "--user", paramLabel = "USER", description = "Who logs in, e.g. planner@vsphere.local.")
    private String user;
    @Option(names = "--tls", paramLabel = "MODE", description = "pin (default: trust on first use, remembered) or insecure (no check; labs only).")
    private String tls = TlsMode.VERIFY.word();
    @Option(names = "--secret", paramLabel = "MODE", description = "store (default: encrypted in the secret store) or ask (each time).")
    private String secret = SecretMode.STORE.word();
    @Option(names = "--fingerprint", paramLabel = "SHA256", description = "Accept exactly this certificate on first use without asking (AB:CD:...).")
    private String fingerprint;
    @Option(names = "--option", paramLabel = "KEY=VALUE", description = "A further setting of the kind (OpenStack: project, domain, region).")
    private Map<String, String> options = new LinkedHashMap<>();
    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    private boolean passwordStdin;
    @Option(names = "--replace", description = "Replace a profile of the same name.")
    private boolean replace;
    @picocli.CommandLine.Mixin
    private JsonOption json;
    @Spec
    private CommandSpec spec;

    ProfileAddCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!ConnectionProfile.validName(name)) {
            throw new UserError("profile name '" + name + "' is not valid: use letters, digits, '.', '-', '_' (up to 63)");
        }
        ProfileFile file = context.profiles();
        if (!replace && file.find(name).isPresent()) {
            throw new UserError("a profile named " + name + " exists in " + file.location() + "; add --replace to change it");
        }
        ConnectionProfile profile = profile();
        PrintWriter err = spec.commandLine().getErr();
        boolean stored = false;
        if (profile.secret() == SecretMode.STORE) {
            char[] password = password(profile, err);
            try {
                ProfileLogin login = Sources.login(context, err);
                login.store(profile, password);
                stored = true;
            } finally {
                Arrays.fill(password, '\0');
            }
        } else if (passwordStdin) {
            throw new UserError("--password-stdin gives a password to store, but this profile's secret is " + profile.secret().word());
        }
        try {
            file.put(profile);
        } catch (ProfileFormatException e) {
            throw new UserError("--" + e.field() + ": " + e.problem());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (profile.tls() == TlsMode.INSECURE) {
            err.println("harmony: WARNING: profile " + name + " will NOT check the server's TLS certificate (tls: insecure).");
            err.flush();
        }
        if (json.enabled()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("schema", "harmony.profile-saved/1");
            doc.put("name", name);
            doc.put("kind", profile.kind());
            doc.put("file", file.location().toString());
            doc.put("secret", profile.secret().word());
            doc.put("secret_stored", stored);
            JsonOutput.write(out, doc);
            return ExitCodes.OK;
        }
        out.println("Saved profile " + name + " (" + profile.kind() + ", " + profile.target() + ") in " + file.location()
                + (stored ? "; its password is encrypted in " + context.secrets().location() : ""));
        out.println("Check it with: harmony profile test " + name);
        out.flush();
        err.flush();
        return ExitCodes.OK;
    }

    private ConnectionProfile profile() {
        TlsMode tlsMode = TlsMode.ofWord(tls);
        if (tlsMode == null) {
            throw new UserError("--tls '" + tls + "' is not pin or insecure");
        }
        boolean remote = url != null;
        SecretMode secretMode = remote ? SecretMode.ofWord(secret) : SecretMode.NONE;
        if (secretMode == null || remote && secretMode == SecretMode.NONE) {
            throw new UserError("--secret '" + secret + "' is not store or ask");
        }
        URI uri = null;
        if (remote) {
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                throw new UserError("--url '" + url + "' is not a URL: " + e.getReason());
            }
        }
        ConnectionProfile profile = new ConnectionProfile(name, kind, lab, uri, user, tlsMode, secretMode, fingerprint, options);
        try {
            // Check as the file reader will, before anything (a password) is stored.
            context.profiles().check(profile);
        } catch (ProfileFormatException e) {
            throw new UserError(e.problem().startsWith("is missing") ? "--" + e.field() + " is needed for a " + kind + " profile"
                    : "--" + e.field() + ": " + e.problem());
        }
        return profile;
    }

    private char[] password(ConnectionProfile profile, PrintWriter err) {
        if (passwordStdin) {
            try (InputStream in = context.terminal().stdin().get()) {
                char[] password = SecretInput.firstLine(in);
                if (password.length == 0) {
                    throw new UserError("--password-stdin: the first line of standard input is empty");
                }
                return password;
            } catch (IOException e) {
                throw new UserError("--password-stdin: cannot read standard input: " + e.getMessage());
            }
        }
        return new ConsoleLoginPrompts(context.terminal(), err).password(profile);
    }
}
