package dev.harmony.app.cli;

import dev.harmony.engine.audit.AuditVerification;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code harmony audit verify}: recomputes the chain and names the first entry that does not match. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Recompute every entry's SHA-256 from the first on and name the first that does not match.",
            "Exit code 0 when the chain verifies, 3 when it is broken."})
final class AuditVerifyCommand implements Callable<Integer> {
    private final AppContext context;
    @Mixin
    private JsonOption json;
    @Spec
    private CommandSpec spec;

    AuditVerifyCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        AuditVerification v = ExecuteSources.executionStore(context).audit().verify();
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("schema", "harmony.audit-verify/1");
            doc.put("intact", v.intact());
            doc.put("entries", v.entries());
            doc.put("first_broken", v.firstBroken().isPresent() ? v.firstBroken().getAsLong() : null);
            doc.put("problem", v.intact() ? null : v.problem());
            doc.put("last_hash", v.lastHash());
            JsonOutput.write(out, doc);
        } else if (v.intact()) {
            out.printf("Audit trail verifies: %d entries, last hash %s%n", v.entries(), v.lastHash().isEmpty() ? "(none)" : v.lastHash());
        } else {
            out.printf("Audit trail BROKEN: %s%n", v.problem());
        }
        out.flush();
        return v.intact() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
