package dev.harmony.engine.planner;

import dev.harmony.engine.affinity.AffinityOptions;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.affinity.Window;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The realized affinity of windows of one recorded demand, each window scored once and kept while it is
 * recent: a replay that plans every two hours with day-long windows asks for the same windows again a
 * day later. Scores of a window read only that window's demand. Not thread-safe.
 */
public final class RealizedWindows {
    private final List<VmDemand> demand;
    private final AffinityOptions options;
    private final int threads;
    private final Duration keep;
    private final Map<Window, RealizedAffinityScores> cache = new LinkedHashMap<>();

    /**
     * @param demand  the VMs' recorded demand
     * @param keep    windows that end more than this before the newest one asked for are forgotten
     * @param threads threads for bulk scoring, at least 1
     */
    public RealizedWindows(List<VmDemand> demand, AffinityOptions options, int threads, Duration keep) {
        this.demand = List.copyOf(demand);
        this.options = Objects.requireNonNull(options, "options");
        this.threads = threads;
        this.keep = Objects.requireNonNull(keep, "keep");
    }

    /** The realized affinity of the window, scored on demand pair by pair and kept. */
    public RealizedAffinityScores of(Window window) {
        Instant oldest = window.end().minus(keep);
        cache.keySet().removeIf(w -> w.end().isBefore(oldest));
        return cache.computeIfAbsent(window, w -> new RealizedAffinityScores(demand, w, options, threads));
    }
}
