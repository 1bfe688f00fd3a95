package dev.harmony.engine.simulation;

import dev.harmony.engine.affinity.Resource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Starts and ends migrations. Requests wait, first come first served, while the VM is already moving or
 * either host is at its concurrency limit; a request that can never run is recorded as skipped with why.
 * A migration occupies the steps from its start to the first step boundary after its end.
 */
final class MigrationScheduler {
    /** A migration asked for; {@code target} is -1 when the simulator is to choose it. */
    record Request(int vm, int target, MigrationKind kind, Instant requestedAt) {
    }

    private final SimulationState state;
    private final TargetChooser chooser;
    private final MigrationCostModel costModel;
    private final MigrationOptions options;
    private final Instant start;
    private final long stepSeconds;
    private final List<Request> pending = new ArrayList<>();
    private final List<MigrationOutcome> outcomes;

    MigrationScheduler(SimulationState state, TargetChooser chooser, MigrationCostModel costModel, MigrationOptions options,
                       Instant start, long stepSeconds, List<MigrationOutcome> outcomes) {
        this.state = state;
        this.chooser = chooser;
        this.costModel = costModel;
        this.options = options;
        this.start = start;
        this.stepSeconds = stepSeconds;
        this.outcomes = outcomes;
    }

    void request(Request r) {
        pending.add(r);
    }

    boolean pendingFor(int vm) {
        return pending.stream().anyMatch(r -> r.vm() == vm);
    }

    /** Moves the VMs whose migration ended by the start of step t; returns those VMs. */
    List<Integer> finishDue(int t) {
        List<Integer> moved = new ArrayList<>();
        for (SimulationState.InFlight m : List.copyOf(state.inFlight)) {
            if (m.endSecond() <= t * (double) stepSeconds) {
                state.finish(m);
                outcomes.add(outcome(m, Optional.of(at(m.endSecond()))));
                moved.add(m.vm());
            }
        }
        return moved;
    }

    /** Starts every waiting request that can start at step t. */
    void startReady(int t) {
        for (Iterator<Request> it = pending.iterator(); it.hasNext(); ) {
            Request r = it.next();
            if (state.migrating(r.vm())) {
                continue;
            }
            int source = state.hostOf(r.vm());
            String why = null;
            int target = r.target();
            if (target < 0) {
                target = chooser.choose(r.vm(), source, t, Double.MAX_VALUE);
                why = target < 0 ? "no host in service has room for it" : null;
            } else if (target == source) {
                why = "it already runs on " + state.host(target).id();
            } else if (state.outOfService(target)) {
                why = "target " + state.host(target).id() + " is out of service";
            } else if (!state.hasRoom(target, r.vm())) {
                why = "target " + state.host(target).id() + " lacks the memory";
            }
            if (why == null && Math.min(state.host(source).networkMbps(), state.host(target).networkMbps()) <= 0) {
                why = "no migration link between " + state.host(source).id() + " and " + state.host(target).id();
            }
            if (why != null) {
                outcomes.add(MigrationOutcome.skipped(state.vm(r.vm()).id(), r.kind(), state.host(source).id(),
                        target >= 0 ? Optional.of(state.host(target).id()) : Optional.empty(), r.requestedAt(), why));
                it.remove();
            } else if (state.canStart(source, target, options.maxConcurrentPerHost())) {
                begin(r, source, target, t);
                it.remove();
            }
        }
    }

    /** Records what was still waiting or running when the horizon ended. */
    void closeAt(int steps) {
        for (Request r : pending) {
            outcomes.add(MigrationOutcome.skipped(state.vm(r.vm()).id(), r.kind(), state.host(state.hostOf(r.vm())).id(),
                    r.target() >= 0 ? Optional.of(state.host(r.target()).id()) : Optional.empty(), r.requestedAt(),
                    MigrationOutcome.NOT_STARTED));
        }
        pending.clear();
        for (SimulationState.InFlight m : state.inFlight) {
            outcomes.add(outcome(m, Optional.empty()));
        }
    }

    /** The share of step t that migration m occupies, in [0, 1]. */
    double share(SimulationState.InFlight m, int t) {
        double from = Math.max(m.startSecond(), t * (double) stepSeconds);
        double to = Math.min(m.endSecond(), (t + 1) * (double) stepSeconds);
        return Math.max(0, to - from) / stepSeconds;
    }

    private void begin(Request r, int source, int target, int t) {
        double cpuGhz = state.expected(r.vm(), Resource.CPU, t) / 1000.0;
        double dirty = options.baseDirtyMibPerSec() + options.dirtyMibPerSecPerGhz() * cpuGhz;
        long link = Math.min(state.host(source).networkMbps(), state.host(target).networkMbps());
        MigrationCost cost = costModel.cost(state.vm(r.vm()).memoryMib(), dirty, link);
        double startSecond = t * (double) stepSeconds;
        double endSecond = startSecond + cost.duration().toNanos() / 1e9;
        state.start(new SimulationState.InFlight(r.vm(), source, target, t, startSecond, endSecond, cost, r.kind(), r.requestedAt()));
    }

    private MigrationOutcome outcome(SimulationState.InFlight m, Optional<Instant> ended) {
        return new MigrationOutcome(state.vm(m.vm()).id(), m.kind(), state.host(m.source()).id(),
                Optional.of(state.host(m.target()).id()), m.requestedAt(), Optional.of(at(m.startSecond())), ended,
                Optional.of(m.cost()), Optional.empty());
    }

    private Instant at(double second) {
        return start.plus(Duration.ofNanos(Math.round(second * 1e9)));
    }
}
