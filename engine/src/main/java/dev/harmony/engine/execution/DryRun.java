package dev.harmony.engine.execution;

import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.Move;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a plan as the executor would run it, without moving anything and without writing to the
 * store: the same {@link Preflight} in the same order, starting from the connector's current state,
 * each passing move assumed done before the next is checked. Until the simulator is wired in, the
 * assumed state is the placement only: no timing, load or migration cost is predicted.
 */
public final class DryRun {
    /** The verdict on one move. */
    public record Verdict(Move move, boolean wouldRun, String reason) {
        public Verdict {
            Objects.requireNonNull(move, "move");
            reason = reason == null ? "" : reason;
        }
    }

    /** The verdicts in plan order, for the chosen moves only. */
    public record Report(String planId, String connector, List<Verdict> verdicts, List<String> notChosen) {
        public Report {
            verdicts = List.copyOf(verdicts);
            notChosen = List.copyOf(notChosen);
        }

        public long wouldRun() {
            return verdicts.stream().filter(Verdict::wouldRun).count();
        }
    }

    private final Connector connector;
    private final Preflight preflight;

    public DryRun(Connector connector, Preflight preflight) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.preflight = Objects.requireNonNull(preflight, "preflight");
    }

    /**
     * @param chosen the moves to check; empty for all of them
     * @throws IllegalArgumentException when the plan was made for another connector or names unknown moves
     */
    public Report check(MigrationPlan plan, Set<String> chosen) {
        if (!plan.source().equals(connector.name())) {
            throw new IllegalArgumentException("plan " + plan.id() + " was made for " + plan.source() + ", not for " + connector.name());
        }
        List<String> unknown = chosen.stream().filter(id -> plan.move(id).isEmpty()).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("plan " + plan.id() + " has no move(s) " + String.join(", ", unknown));
        }
        ClusterState state = ClusterState.read(connector, java.util.Map.of());
        List<Verdict> verdicts = new ArrayList<>();
        List<String> notChosen = new ArrayList<>();
        for (Move m : plan.movesInOrder()) {
            if (!chosen.isEmpty() && !chosen.contains(m.id())) {
                notChosen.add(m.id());
                continue;
            }
            Optional<String> refusal = preflight.refusal(m, state);
            if (refusal.isPresent()) {
                verdicts.add(new Verdict(m, false, "would be skipped: " + refusal.get()));
            } else {
                verdicts.add(new Verdict(m, true, "would move VM " + m.vm() + " from " + m.from() + " to " + m.to()));
                state = state.after(m);
            }
        }
        return new Report(plan.id(), connector.name(), verdicts, notChosen);
    }
}
