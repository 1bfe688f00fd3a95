package dev.harmony.engine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The sentences HTML and PDF reports share, so both say the same thing the same way. */
public final class ReportText {
    private ReportText() {
    }

    public static String title(PlanReport r) {
        return "Migration plan " + r.planId();
    }

    /** The summary paragraph's sentences. */
    public static List<String> summary(PlanReport r) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%d moves in %d batches on %s (status: %s). The moves state a gain of %.2f points in all"
                + " (the plan's own predicted_gain) for %.0f s of live migration; the health figures below are the"
                + " simulator's.", r.moves().size(), r.batchCount(), r.source(), r.status(), r.totalGain(),
                r.totalCostSeconds()));
        r.health().ifPresent(h -> lines.add(health(h)));
        long risky = r.moves().stream().filter(m -> !m.risk().equals("low")).count();
        lines.add(risky == 0 ? "Every move is low risk." : risky + " of the " + r.moves().size() + (risky == 1 ? " moves is" : " moves are")
                + " medium or high risk (shaded in the moves table).");
        return lines;
    }

    /** Health before and after with its spread over the horizon. */
    public static String health(HealthOutlook h) {
        return String.format(Locale.ROOT, "Predicted pool health: %.1f before, %.1f after (mean over %d windows; range %.1f–%.1f before,"
                + " %.1f–%.1f after).", h.before().mean(), h.after().mean(), h.after().values().size(), h.before().min(),
                h.before().max(), h.after().min(), h.after().max());
    }

    public static String scope(PlanReport r) {
        ReportScope s = r.scope();
        String window = s.dataFrom() == null ? "no recorded demand replayed"
                : "demand replayed from " + s.dataFrom() + " to " + s.dataTo();
        return s.hosts() + " hosts and " + s.vms() + " VMs in the source; the moves touch " + s.hostsTouched().size() + " hosts ("
                + String.join(", ", s.hostsTouched()) + "); " + window + ".";
    }

    public static String number(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    public static String percent(double v) {
        return String.format(Locale.ROOT, "%.0f %%", v * 100);
    }
}
