package dev.harmony.app.cli;

import dev.harmony.app.profile.ConnectionProfile;
import dev.harmony.app.profile.ProfileKind;
import dev.harmony.app.profile.TlsMode;
import dev.harmony.connectors.vcenter.trust.PinFile;
import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.model.InventorySnapshot;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code harmony profile test NAME}: connects through the profile as plan and execute will (certificate,
 * login), reads the inventory and the rules, and says what it found. The first connection to a server shows
 * the certificate's fingerprint and asks; {@code --fingerprint} approves exactly that one when nobody types.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Connect through a profile, read the inventory and rules, and report them (the certificate's",
            "fingerprint is shown and asked about on first use)."},
        footer = {"", "Exit codes: 0 connected, 3 unknown profile, 4 unreachable, login refused or certificate not trusted."})
final class ProfileTestCommand implements Callable<Integer> {
    private final AppContext context;
    @Parameters(index = "0", paramLabel = "NAME", description = "The profile, as harmony profile list shows it.")
    private String name;
    @Option(names = "--fingerprint", paramLabel = "SHA256", description = "Trust exactly this certificate on first use (AB:CD:...), e.g. when no one can answer the prompt.")
    private String fingerprint;
    @Mixin
    private JsonOption json;
    @Spec
    private CommandSpec spec;

    ProfileTestCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ConnectionProfile profile = context.profiles().get(name);
        if (fingerprint != null) {
            profile = profile.withFingerprint(fingerprint.trim());
        }
        ProfileKind kind = context.profileKinds().of(profile);
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        InventorySnapshot inventory;
        int rules;
        String connector;
        try (Connector opened = kind.open(profile, Sources.login(context, err))) {
            connector = opened.name();
            inventory = opened.inventory();
            rules = opened.constraints().size();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String pin = pinned(profile);
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("schema", "harmony.profile-test/1");
            doc.put("profile", profile.name());
            doc.put("kind", profile.kind());
            doc.put("connector", connector);
            doc.put("tls", profile.url() == null ? null : profile.tls().word());
            doc.put("pinned_sha256", pin);
            doc.put("pools", inventory.pools().size());
            doc.put("hosts", inventory.hosts().size());
            doc.put("vms", inventory.vms().size());
            doc.put("rules", rules);
            doc.put("seconds", Math.round(seconds * 100) / 100.0);
            JsonOutput.write(out, doc);
        } else {
            out.printf(Locale.ROOT, "Profile %s (%s, %s): connected to %s in %.1f s%n", profile.name(), kind.title(),
                    profile.target(), connector, seconds);
            if (profile.url() != null) {
                out.println(profile.tls() == TlsMode.INSECURE ? "  Certificate: NOT CHECKED (tls: insecure)"
                        : "  Certificate: pinned, SHA-256 " + pin);
            }
            out.printf(Locale.ROOT, "  Inventory: %d pool(s), %d host(s), %d VM(s); %d rule(s)%n", inventory.pools().size(),
                    inventory.hosts().size(), inventory.vms().size(), rules);
            out.flush();
        }
        return ExitCodes.OK;
    }

    private String pinned(ConnectionProfile profile) {
        if (profile.url() == null || profile.tls() == TlsMode.INSECURE) {
            return null;
        }
        int port = profile.url().getPort() < 0 ? 443 : profile.url().getPort();
        return PinFile.in(context.dataDirectory()).pinned(profile.url().getHost() + ":" + port).orElse(null);
    }
}
