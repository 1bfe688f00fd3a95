package dev.harmony.app.cli;

import dev.harmony.app.profile.ConnectionProfile;
import dev.harmony.app.profile.ProfileFile;
import dev.harmony.app.profile.ProfileKinds;
import dev.harmony.app.profile.ProfileSecrets;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code harmony profile list}: the profiles, what they point at, and whether a password is stored. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the connection profiles; reads no secret and connects nowhere.")
final class ProfileListCommand implements Callable<Integer> {
    private final AppContext context;
    @Mixin
    private JsonOption json;
    @Spec
    private CommandSpec spec;

    ProfileListCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ProfileFile file = context.profiles();
        List<ConnectionProfile> profiles = file.read();
        ProfileSecrets secrets = context.secrets();
        ProfileKinds kinds = context.profileKinds();
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("schema", "harmony.profile-list/1");
            doc.put("file", file.location().toString());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ConnectionProfile p : profiles) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", p.name());
                row.put("kind", p.kind());
                row.put("available", kinds.of(p).available());
                row.put("lab", p.lab());
                row.put("url", p.url() == null ? null : p.url().toString());
                row.put("user", p.user());
                row.put("tls", p.url() == null ? null : p.tls().word());
                row.put("secret", p.secret().word());
                row.put("secret_stored", secrets.holds(p));
                row.put("fingerprint", p.fingerprint());
                rows.add(row);
            }
            doc.put("profiles", rows);
            JsonOutput.write(out, doc);
            return ExitCodes.OK;
        }
        if (profiles.isEmpty()) {
            out.println("No profiles in " + file.location() + ". Add one with: harmony profile add NAME --kind vcenter --url URL --user USER");
            out.println("The demo labs need none: --source lab:bitbrains-rnd.");
            out.flush();
            return ExitCodes.OK;
        }
        out.printf("%-16s %-10s %-9s %-22s %s%n", "NAME", "KIND", "TLS", "SECRET", "TARGET");
        for (ConnectionProfile p : profiles) {
            String secret = switch (p.secret()) {
                case STORE -> secrets.holds(p) ? "stored (encrypted)" : "store (none saved)";
                case ASK -> "asked each time";
                case NONE -> "-";
            };
            String tls = p.url() == null ? "-" : p.tls() == dev.harmony.app.profile.TlsMode.INSECURE ? "INSECURE" : "pinned";
            out.printf("%-16s %-10s %-9s %-22s %s%s%n", p.name(), p.kind(), tls, secret, p.target(),
                    kinds.of(p).available() ? "" : "  (not in this build)");
        }
        out.println("(" + file.location() + ")");
        out.flush();
        return ExitCodes.OK;
    }
}
