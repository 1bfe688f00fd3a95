package dev.harmony.engine.plan;

import java.util.Locale;

/** How likely a move is to disturb the VM's workload, as the planner judges it. */
public enum Risk {
    LOW,
    MEDIUM,
    HIGH;

    /** The name in plan files: {@code low}, {@code medium}, {@code high}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
