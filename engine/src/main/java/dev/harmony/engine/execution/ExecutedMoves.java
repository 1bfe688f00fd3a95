package dev.harmony.engine.execution;

import dev.harmony.engine.plan.StoredPlan;
import dev.harmony.engine.planner.RecentMove;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The moves the journal says were done for a source, as the planner's migration history, so that its
 * hysteresis holds across runs: a VM moved by an executed plan is not moved again soon, nor sent back.
 * A move's time is its age on the wall clock carried over to the planner's clock (a lab plans on its
 * replay clock, whose "now" is not the wall clock's): a move done three hours ago counts as three hours
 * before the plan's now.
 */
public final class ExecutedMoves {
    private final ExecutionStore store;

    public ExecutedMoves(ExecutionStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * @param source   the plans' source, e.g. {@code lab:bitbrains-rnd}; plans of other sources are skipped
     * @param wallNow  now on the wall clock the journal was written by
     * @param planNow  the plan's now, on the source's clock
     * @param lookback how far back moves matter; older ones are left out
     * @return the done moves within the lookback, oldest first
     */
    public List<RecentMove> recent(String source, Instant wallNow, Instant planNow, Duration lookback) {
        List<RecentMove> out = new ArrayList<>();
        for (StoredPlan plan : store.plans().list()) {
            if (!plan.plan().source().equals(source)) {
                continue;
            }
            for (JournalEntry e : store.journal().entries(plan.id())) {
                Duration age = Duration.between(e.updatedAt(), wallNow);
                if (e.state() == MoveState.DONE && age.compareTo(lookback) <= 0) {
                    Duration clamped = age.isNegative() ? Duration.ZERO : age;
                    out.add(new RecentMove(e.vm(), e.from(), e.to(), planNow.minus(clamped)));
                }
            }
        }
        out.sort(Comparator.comparing(RecentMove::at).thenComparing(RecentMove::vm));
        return out;
    }
}
