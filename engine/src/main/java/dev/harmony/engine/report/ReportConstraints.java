package dev.harmony.engine.report;

import dev.harmony.engine.model.ComplianceRule;
import dev.harmony.engine.model.Constraint;
import dev.harmony.engine.model.ExcludedVms;
import dev.harmony.engine.model.HostMaintenance;
import dev.harmony.engine.model.VmAffinityRule;
import dev.harmony.engine.model.VmHostRule;
import dev.harmony.engine.model.ZoneRule;
import dev.harmony.engine.plan.Batch;
import dev.harmony.engine.plan.MigrationPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The rules a plan honours, one plain sentence each: its batch caps and windows, then the source's placement rules. */
final class ReportConstraints {
    private ReportConstraints() {
    }

    static List<String> describe(MigrationPlan plan, List<Constraint> rules) {
        List<String> lines = new ArrayList<>();
        // Batches with the same caps and window are named together, so a ten-batch plan reads as one line.
        List<Batch> batches = plan.batchesInOrder();
        for (int i = 0; i < batches.size(); ) {
            Batch b = batches.get(i);
            int j = i;
            while (j + 1 < batches.size() && sameRules(b, batches.get(j + 1))) {
                j++;
            }
            String names = j == i ? "Batch " + b.id() : "Batches " + b.id() + " to " + batches.get(j).id();
            lines.add(names + ": at most " + b.maxMoves() + " moves, at most " + b.maxConcurrentPerHost() + " at once per host"
                    + (b.window() == null ? "" : ", only from " + b.window().start() + " to " + b.window().end())
                    + "; each starts when the batch before it has ended.");
            i = j + 1;
        }
        for (Constraint c : rules) {
            lines.add(sentence(c));
        }
        if (rules.isEmpty()) {
            lines.add("The source has no placement rules (affinity, host, zone, compliance, exclusions or maintenance).");
        }
        return lines;
    }

    private static boolean sameRules(Batch a, Batch b) {
        return a.maxMoves() == b.maxMoves() && a.maxConcurrentPerHost() == b.maxConcurrentPerHost()
                && java.util.Objects.equals(a.window(), b.window());
    }

    private static String sentence(Constraint c) {
        if (c instanceof VmAffinityRule r) {
            return strength(r.strength()) + (r.together() ? " keep together" : " keep apart") + " (" + r.name() + "): "
                    + String.join(", ", new java.util.TreeSet<>(r.vmIds())) + ".";
        }
        if (c instanceof VmHostRule r) {
            return strength(r.strength()) + (r.onHosts() ? " run on " : " stay off ") + String.join(", ", new java.util.TreeSet<>(r.hostIds()))
                    + " (" + r.name() + "): " + r.vmIds().size() + " VMs.";
        }
        if (c instanceof ZoneRule r) {
            return "Zones " + String.join(", ", new java.util.TreeSet<>(r.allowedZones())) + " only (" + r.name() + "): " + r.vmIds().size()
                    + " VMs.";
        }
        if (c instanceof ComplianceRule r) {
            return "Compliance tag " + r.tag() + ": " + r.vmIds().size() + " VMs only on hosts with that tag.";
        }
        if (c instanceof ExcludedVms r) {
            return "Not moved (" + r.name() + "): " + r.vmIds().size() + " VMs" + (r.reason().isBlank() ? "." : ", " + r.reason() + ".");
        }
        HostMaintenance m = (HostMaintenance) c;
        return "Host " + m.hostId() + " in maintenance: no VM moves onto it" + (m.reason().isBlank() ? "." : " (" + m.reason() + ").");
    }

    private static String strength(Object strength) {
        String s = strength.toString().toLowerCase(Locale.ROOT);
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1) + ":";
    }
}
