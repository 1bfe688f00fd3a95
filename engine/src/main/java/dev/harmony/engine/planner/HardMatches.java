package dev.harmony.engine.planner;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import ai.timefold.solver.core.api.score.stream.DefaultConstraintJustification;
import dev.harmony.engine.affinity.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Puts a broken constraint's match into words that name the host, the VMs and the rule. */
final class HardMatches {
    private HardMatches() {
    }

    static String describe(ConstraintJustification justification) {
        if (!(justification instanceof DefaultConstraintJustification d)) {
            return String.valueOf(justification);
        }
        List<String> parts = new ArrayList<>();
        for (Object fact : d.getFacts()) {
            if (fact instanceof HostPressure p) {
                parts.add(pressure(p));
            } else if (fact instanceof VmAssignment a) {
                parts.add("VM " + a.getId() + " on " + a.getHost().id()
                        + (a.moved() ? " (moved from " + a.facts().original().id() + ")" : ""));
            } else if (fact instanceof RulePair r) {
                parts.add("rule '" + r.rule() + "' (" + r.vmA() + ", " + r.vmB() + ")");
            } else if (fact instanceof HostSlot h) {
                parts.add("host " + h.id());
            } else if (fact instanceof Integer n) {
                parts.add(n + " VMs moved");
            }
        }
        return String.join("; ", parts);
    }

    static String pressure(HostPressure p) {
        List<String> over = new ArrayList<>();
        for (Resource r : Resource.values()) {
            if (p.overflow()[r.ordinal()] > 0) {
                over.add(r == Resource.MEMORY
                        ? String.format(Locale.ROOT, "provisioned memory %.1f %% over its limit", 100 * p.overflow()[r.ordinal()])
                        : String.format(Locale.ROOT, "%s P95 at %.0f %% of capacity", r.key(), 100 * p.peakUtilisation()[r.ordinal()]));
            }
        }
        return "host " + p.host().id() + (over.isEmpty() ? "" : " " + String.join(", ", over));
    }
}
