package dev.harmony.app.cli;

import dev.harmony.app.profile.ConnectionProfile;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code harmony profile remove NAME}: removes the profile and its stored password; pinned certificates stay. */
@Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a profile and its stored password (pinned certificates stay).")
final class ProfileRemoveCommand implements Callable<Integer> {
    private final AppContext context;
    @Parameters(index = "0", paramLabel = "NAME", description = "The profile, as harmony profile list shows it.")
    private String name;
    @picocli.CommandLine.Mixin
    private JsonOption json;
    @Spec
    private CommandSpec spec;

    ProfileRemoveCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ConnectionProfile profile = context.profiles().get(name);
        boolean shared = profile.url() != null && context.profiles().read().stream()
                .anyMatch(p -> !p.name().equals(name) && p.url() != null && p.secretKey().equals(profile.secretKey()));
        boolean secret = !shared && context.secrets().forget(profile);
        context.profiles().remove(name);
        if (json.enabled()) {
            java.util.Map<String, Object> doc = new java.util.LinkedHashMap<>();
            doc.put("schema", "harmony.profile-removed/1");
            doc.put("name", name);
            doc.put("secret_removed", secret);
            JsonOutput.write(spec.commandLine().getOut(), doc);
            return ExitCodes.OK;
        }
        spec.commandLine().getOut().println("Removed profile " + name + (secret ? " and its stored password" : "") + ".");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
