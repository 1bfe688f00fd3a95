package dev.harmony.app.cli;

import dev.harmony.connectors.lab.catalog.LabInfo;
import dev.harmony.engine.model.Metric;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code harmony lab info NAME}: what a lab holds and what its parsers repaired or dropped. */
@Command(name = "info", description = "Describe a lab: VMs, hosts, time span, interval, metrics, repaired and dropped rows.",
        mixinStandardHelpOptions = true)
final class LabInfoCommand implements Callable<Integer> {
    private final AppContext context;
    @Parameters(index = "0", paramLabel = "NAME", description = "Lab name, as `harmony lab list` shows it.")
    private String name;
    @Mixin
    private JsonOption json;
    @Spec
    private CommandSpec spec;

    LabInfoCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        LabInfo info = context.labsFor(name).info(name);
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            JsonOutput.write(out, toJson(info));
        } else {
            printText(out, info);
        }
        return ExitCodes.OK;
    }

    /** The documented JSON shape (docs/cli.md, schema harmony.lab-info/1). */
    static Map<String, Object> toJson(LabInfo info) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", "harmony.lab-info/1");
        doc.put("name", info.name());
        doc.put("format", info.format());
        doc.put("origin", info.origin());
        doc.put("vms", info.vms());
        doc.put("hosts", info.hosts());
        doc.put("start", info.start().toString());
        doc.put("end", info.end().toString());
        doc.put("interval_s", info.intervalS());
        doc.put("metrics", metrics(info));
        doc.put("rows_read", info.rowsRead());
        doc.put("repaired_rows", info.repairedRows());
        doc.put("dropped_rows", info.droppedRows());
        doc.put("missing_intervals", info.missingIntervals());
        doc.put("rejected_files", info.rejectedFiles());
        doc.put("repaired_by_reason", new TreeMap<>(info.repairedByReason()));
        doc.put("dropped_by_reason", new TreeMap<>(info.droppedByReason()));
        doc.put("attribution", info.attribution());
        return doc;
    }

    private static List<Map<String, String>> metrics(LabInfo info) {
        return info.metrics().stream().sorted()
                .map(m -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("name", m.name().toLowerCase(Locale.ROOT));
                    row.put("unit", m.unit());
                    return row;
                })
                .toList();
    }

    private static void printText(PrintWriter out, LabInfo info) {
        Duration span = Duration.between(info.start(), info.end());
        out.printf("Lab %s (%s)%n", info.name(), info.format());
        row(out, "Origin", info.origin());
        row(out, "VMs", String.format(Locale.ROOT, "%,d", info.vms()));
        row(out, "Hosts", info.hosts() + " (the lab's default datacenter)");
        row(out, "Time span", info.start() + " → " + info.end()
                + String.format(Locale.ROOT, " (%.1f days)", span.toMinutes() / 1440.0));
        row(out, "Interval", info.intervalS() + " s");
        row(out, "Metrics", String.join(", ", info.metrics().stream().sorted().map(Metric::name).toList()));
        row(out, "Rows read", String.format(Locale.ROOT, "%,d", info.rowsRead()));
        row(out, "Repaired rows", String.format(Locale.ROOT, "%,d", info.repairedRows()) + reasons(info.repairedByReason()));
        row(out, "Dropped rows", String.format(Locale.ROOT, "%,d", info.droppedRows()) + reasons(info.droppedByReason()));
        row(out, "Missing intervals", String.format(Locale.ROOT, "%,d", info.missingIntervals()));
        row(out, "Rejected files", Integer.toString(info.rejectedFiles()));
        if (!info.attribution().isBlank()) {
            out.println();
            out.println(info.attribution().strip());
        }
        out.flush();
    }

    private static String reasons(Map<String, Long> byReason) {
        if (byReason.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" (");
        new TreeMap<>(byReason).forEach((reason, count) -> sb.append(sb.length() > 2 ? ", " : "")
                .append(reason.toLowerCase(Locale.ROOT)).append(' ').append(String.format(Locale.ROOT, "%,d", count)));
        return sb.append(')').toString();
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf("  %-18s %s%n", label, value);
    }
}
