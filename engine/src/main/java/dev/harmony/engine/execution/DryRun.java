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
 * each passing move assumed done before the next is checked. The moves that pass then go through the
 * simulator ({@link PlanSimulation}) for their duration and stun and the pool's health with and without them.
 */
public final class DryRun {
    /** The verdict on one move. */
    public record Verdict(Move move, boolean wouldRun, String reason) {
        public Verdict {
            Objects.requireNonNull(move, "move");
            reason = reason == null ? "" : reason;
        }
    }

    /** The verdicts in plan order, for the chosen moves only, and the simulator's forecast when it had demand to replay. */
    public record Report(String planId, String connector, List<Verdict> verdicts, List<String> notChosen,
            Optional<PlanSimulation.Forecast> forecast) {
        public Report {
            verdicts = List.copyOf(verdicts);
            notChosen = List.copyOf(notChosen);
            Objects.requireNonNull(forecast, "forecast");
        }

        public long wouldRun() {
            return verdicts.stream().filter(Verdict::wouldRun).count();
        }
    }

    private final Connector connector;
    private final Preflight preflight;
    private final Optional<PlanSimulation> simulation;

    /** @param simulation the simulator step; empty to check the placement only */
    public DryRun(Connector connector, Preflight preflight, Optional<PlanSimulation> simulation) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.preflight = Objects.requireNonNull(preflight, "preflight");
        this.simulation = Objects.requireNonNull(simulation, "simulation");
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
        ClusterState start = ClusterState.read(connector, java.util.Map.of());
        ClusterState state = start;
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
        List<Move> passing = verdicts.stream().filter(Verdict::wouldRun).map(Verdict::move).toList();
        Optional<PlanSimulation.Forecast> forecast = passing.isEmpty() ? Optional.empty()
                : simulation.flatMap(s -> s.forecast(connector, start, passing));
        return new Report(plan.id(), connector.name(), verdicts, notChosen, forecast);
    }
}
