package dev.harmony.app.cli;

import dev.harmony.connectors.lab.catalog.LabSummary;
import dev.harmony.engine.store.StoreException;
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

/** {@code harmony lab list}: the bundled labs and those imported into the store. */
@Command(name = "list", description = "List the demo labs: bundled ones and those imported into the store.",
        mixinStandardHelpOptions = true)
final class LabListCommand implements Callable<Integer> {
    private final AppContext context;
    @Mixin
    private JsonOption json;
    @Spec
    private CommandSpec spec;

    LabListCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<LabSummary> labs;
        String storeProblem = null;
        try {
            labs = context.labs().list();
        } catch (StoreException e) {
            // The bundled labs are still worth listing when the store is held by another Harmony.
            labs = context.bundledLabs().list();
            storeProblem = e.getMessage();
            spec.commandLine().getErr().println("harmony: imported labs not listed: " + storeProblem);
        }
        if (json.enabled()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (LabSummary lab : labs) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", lab.name());
                row.put("format", lab.format());
                row.put("bundled", lab.bundled());
                row.put("origin", lab.origin());
                row.put("description", lab.description());
                rows.add(row);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("schema", "harmony.lab-list/1");
            doc.put("labs", rows);
            doc.put("store_error", storeProblem);
            JsonOutput.write(out, doc);
        } else {
            out.printf("%-24s %-20s %-9s %s%n", "NAME", "FORMAT", "SOURCE", "DESCRIPTION");
            for (LabSummary lab : labs) {
                out.printf("%-24s %-20s %-9s %s%n", lab.name(), lab.format(), lab.bundled() ? "bundled" : "imported",
                        lab.description());
            }
            out.flush();
        }
        return ExitCodes.OK;
    }
}
