package dev.harmony.engine.planner;

import dev.harmony.engine.plan.Risk;
import dev.harmony.engine.simulation.MigrationCost;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The sentences that explain each move (the pairs and scores behind it) and how risky it is. */
final class MoveReasons {
    private static final int MAX_PAIRS = 3;
    private final PoolView pool;
    private final Candidates candidates;
    private final Map<String, Candidates.HotHost> hotByHost;

    MoveReasons(PoolView pool, Candidates candidates) {
        this.pool = pool;
        this.candidates = candidates;
        this.hotByHost = candidates.hot().stream().collect(Collectors.toMap(Candidates.HotHost::hostId, h -> h));
    }

    String reason(Step step, String finalTarget, double gain, double healthBefore) {
        if (step.staging()) {
            return String.format(Locale.ROOT, "staging step: %s waits on %s until other moves make room there, so it"
                    + " goes to %s first (the step's own effect on pool health: %+.2f points)", step.vm(), finalTarget,
                    step.to(), gain);
        }
        List<String> why = new ArrayList<>();
        String source = pool.hostOf(step.vm());
        if (pool.rules.closed(source)) {
            why.add(source + " is " + pool.rules.closedWhy(source));
        }
        List<Candidates.LowPair> pairs = candidates.pairsOf(step.vm());
        if (!pairs.isEmpty()) {
            why.add("low predicted affinity on " + source + ": " + pairs.stream().limit(MAX_PAIRS)
                    .map(p -> String.format(Locale.ROOT, "%s+%s %.3f", p.vmA(), p.vmB(), p.score()))
                    .collect(Collectors.joining(", "))
                    + (pairs.size() > MAX_PAIRS ? " and " + (pairs.size() - MAX_PAIRS) + " more" : "")
                    + String.format(Locale.ROOT, " (threshold %.3f)", pool.options.threshold()));
        }
        Candidates.HotHost hot = hotByHost.get(source);
        if (hot != null) {
            why.add(CandidateFinder.describe(hot) + String.format(Locale.ROOT, ", above the %.0f %% headroom target",
                    100 * pool.options.headroomTarget()));
        }
        if (why.isEmpty()) {
            why.add("makes room for the plan's other moves");
        }
        return String.join("; ", why) + String.format(Locale.ROOT, "; moving it to %s changes predicted pool health by %+.2f"
                + " points (from %.1f)", step.to(), gain, healthBefore);
    }

    /** Low: a short, converging copy; medium: over 30 s or a stun over 1 s; high: over 2 minutes or no convergence. */
    static Risk risk(MigrationCost cost) {
        double seconds = cost.duration().toMillis() / 1000.0;
        if (!cost.converged() || seconds > 120) {
            return Risk.HIGH;
        }
        return seconds > 30 || cost.stun().toMillis() > 1000 ? Risk.MEDIUM : Risk.LOW;
    }
}
