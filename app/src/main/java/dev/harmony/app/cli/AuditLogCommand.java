package dev.harmony.app.cli;

import dev.harmony.engine.audit.AuditEntry;
import dev.harmony.engine.audit.AuditTrail;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code harmony audit log}: the entries, oldest first, optionally of one plan. */
@Command(name = "log", mixinStandardHelpOptions = true, description = "Print the audit trail's entries, oldest first.")
final class AuditLogCommand implements Callable<Integer> {
    private final AppContext context;
    @Option(names = "--plan", paramLabel = "ID", description = "Only the entries about this plan.")
    private String plan;
    @Mixin
    private JsonOption json;
    @Spec
    private CommandSpec spec;

    AuditLogCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        AuditTrail trail = ExecuteSources.executionStore(context).audit();
        List<AuditEntry> entries = plan == null ? trail.entries() : trail.entriesForPlan(plan);
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (AuditEntry e : entries) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("seq", e.seq());
                row.put("at", e.at().toString());
                row.put("actor", e.actor());
                row.put("action", e.action());
                row.put("payload", JsonOutput.mapper().readTree(e.payload()));
                row.put("hash", e.hash());
                rows.add(row);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("schema", "harmony.audit-log/1");
            doc.put("entries", rows);
            JsonOutput.write(out, doc);
        } else {
            for (AuditEntry e : entries) {
                out.printf("%5d %s %-16s %-20s %s%n", e.seq(), e.at(), e.actor(), e.action(), e.payload());
            }
            out.flush();
        }
        return ExitCodes.OK;
    }
}
