package dev.harmony.viz.health;

import dev.harmony.engine.health.HealthComponent;
import dev.harmony.engine.health.PointsLost;
import java.util.Locale;

/** The words the dashboard uses for components, measures and index levels. */
public final class HealthLabels {
    private HealthLabels() {
    }

    public static String component(HealthComponent c) {
        return switch (c) {
            case HEADROOM -> "Headroom";
            case REALIZED_CONTENTION -> "Contention (measured)";
            case PREDICTED_CONTENTION -> "Contention (forecast)";
            case BALANCE -> "Balance across hosts";
            case AFFINITY -> "Affinity of co-located pairs";
        };
    }

    /** A word or two for a component, where room is short (the host bars). */
    public static String shortName(HealthComponent c) {
        return switch (c) {
            case HEADROOM -> "headroom";
            case REALIZED_CONTENTION -> "contention";
            case PREDICTED_CONTENTION -> "forecast contention";
            case BALANCE -> "balance";
            case AFFINITY -> "pair affinity";
        };
    }

    /** The figure behind a component's points; {@code pool} chooses the pool's wording over a host's. */
    public static String measure(PointsLost p, boolean pool) {
        if (!p.assessed()) {
            return "not assessed: " + switch (p.component()) {
                case PREDICTED_CONTENTION, HEADROOM -> "no forecast yet";
                case REALIZED_CONTENTION -> "no measured window yet";
                case AFFINITY -> "no two VMs share a host, or too little data";
                case BALANCE -> "no load known";
            };
        }
        double m = p.measure();
        return switch (p.component()) {
            case HEADROOM -> pool ? String.format(Locale.ROOT, "hosts' shortfall (RMS) %.2f", m)
                    : String.format(Locale.ROOT, "shortfall %.2f of the way from 70 %% to full", m);
            case REALIZED_CONTENTION, PREDICTED_CONTENTION -> pool
                    ? String.format(Locale.ROOT, "hosts' contention (RMS) %.2f", m)
                    : String.format(Locale.ROOT, "above 90 %% in %.1f %% of intervals", 100 * m);
            case BALANCE -> pool ? String.format(Locale.ROOT, "utilisation spread %.1f points", 100 * m)
                    : String.format(Locale.ROOT, "%.1f points above the pool mean", 100 * m);
            case AFFINITY -> String.format(Locale.ROOT, "load-weighted mean affinity %+.2f (free from +0.05)", m);
        };
    }

    /** A word for an index: what a planner should make of it. */
    public static String level(double index) {
        if (index >= 85) {
            return "Healthy";
        }
        if (index >= 70) {
            return "Fair";
        }
        return index >= 50 ? "Strained" : "Unhealthy";
    }

    /** The style class of an index's colour: {@code health-good}, {@code health-fair} or {@code health-poor}. */
    public static String styleClass(double index) {
        return index >= 85 ? "health-good" : index >= 70 ? "health-fair" : "health-poor";
    }
}
