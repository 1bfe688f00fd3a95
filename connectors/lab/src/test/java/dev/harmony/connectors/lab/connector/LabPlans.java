package dev.harmony.connectors.lab.connector;

import dev.harmony.engine.execution.ClusterState;
import dev.harmony.engine.execution.RulePreflight;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Vm;
import dev.harmony.engine.plan.Batch;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.Move;
import dev.harmony.engine.plan.PlanCodec;
import dev.harmony.engine.plan.Risk;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans for tests and examples, made from a lab's real inventory: memory-balancing moves from the
 * fullest host to the emptiest one that the executor's own pre-flight accepts, each VM at most once.
 * Not a planner (issue 5 builds that); just valid, explainable moves.
 */
final class LabPlans {
    private LabPlans() {
    }

    /** Moves that each narrow the spread of host memory use. */
    static MigrationPlan balancing(LabConnector lab, String planId, int moves, int batchSize) {
        return plan(lab, planId, moves, batchSize, true);
    }

    /** Valid moves of the smallest VMs (quick to migrate), whether or not they improve the balance. */
    static MigrationPlan quickMoves(LabConnector lab, String planId, int moves, int batchSize) {
        return plan(lab, planId, moves, batchSize, false);
    }

    private static MigrationPlan plan(LabConnector lab, String planId, int moves, int batchSize, boolean balance) {
        RulePreflight preflight = new RulePreflight(lab.name());
        ClusterState state = ClusterState.read(lab, Map.of());
        Set<String> moved = new HashSet<>();
        List<Move> list = new ArrayList<>();
        while (list.size() < moves) {
            Optional<Move> next = next(state, preflight, moved, list.size() + 1, batchSize, balance);
            if (next.isEmpty()) {
                throw new IllegalStateException("only " + list.size() + " valid balancing moves found in " + lab.name());
            }
            list.add(next.get());
            moved.add(next.get().vm());
            state = state.after(next.get());
        }
        List<Batch> batches = new ArrayList<>();
        for (int b = 1; b <= (moves + batchSize - 1) / batchSize; b++) {
            batches.add(new Batch("b" + b, b, 2, batchSize, null));
        }
        return new MigrationPlan(PlanCodec.SCHEMA_VERSION, planId, lab.name(), lab.now().truncatedTo(ChronoUnit.SECONDS), list,
                batches, null, null,
                List.of("Memory-balancing moves made from the lab's real inventory at " + lab.now() + " (default LabOptions)"
                        + " and checked with the executor's pre-flight; predicted_gain is the drop, in percentage points, of the"
                        + " spread (standard deviation) of host memory use, not a health prediction; cost is the lab's"
                        + " live-migration time in seconds."));
    }

    /** The best-balancing valid move off the fullest host that has one. */
    private static Optional<Move> next(ClusterState state, RulePreflight preflight, Set<String> moved, int order, int batchSize,
            boolean balance) {
        InventorySnapshot inv = state.inventory();
        List<Host> hosts = inv.hosts().stream().filter(h -> !h.inMaintenance())
                .sorted(Comparator.comparingDouble((Host h) -> share(state, h)).reversed()).toList();
        double spread = spread(state, hosts);
        List<Host> emptiestFirst = new ArrayList<>(hosts);
        java.util.Collections.reverse(emptiestFirst);
        for (Host from : hosts) {
            List<Vm> vms = inv.placement().vmsOn(from.id()).stream().map(id -> inv.vm(id).orElseThrow())
                    .filter(v -> !moved.contains(v.id())).sorted(balance ? Comparator.comparingLong(Vm::memoryMib).reversed()
                            : Comparator.comparingLong(Vm::memoryMib)).toList();
            for (Vm vm : vms) {
                for (Host to : emptiestFirst) {
                    if (from.equals(to)) {
                        continue;
                    }
                    Move m = new Move(String.format(Locale.ROOT, "m%02d", order), vm.id(), from.id(), to.id(), "", 0,
                            MigrationTiming.duration(vm.memoryMib(), Math.min(from.networkMbps(), to.networkMbps())).toMillis() / 1000.0,
                            vm.memoryMib() > 32 * 1024 ? Risk.MEDIUM : Risk.LOW, "b" + ((order - 1) / batchSize + 1), order);
                    if (preflight.refusal(m, state).isPresent()) {
                        continue;
                    }
                    double gain = spread - spread(state.after(m), hosts);
                    if (balance && gain <= 0) {
                        continue;
                    }
                    String reason = String.format(Locale.ROOT, "%s: %s holds %.0f %% of its memory, %s %.0f %%; moving"
                            + " %s (%d GiB) %s the spread of host memory use by %.2f points", balance ? "balance memory" : "quick test move",
                            from.id(), 100 * share(state, from), to.id(), 100 * share(state, to), vm.id(), vm.memoryMib() / 1024,
                            gain >= 0 ? "narrows" : "widens", 100 * Math.abs(gain));
                    return Optional.of(new Move(m.id(), m.vm(), m.from(), m.to(), reason, Math.round(10_000 * gain) / 100.0,
                            m.cost(), m.risk(), m.batch(), m.order()));
                }
            }
        }
        return Optional.empty();
    }

    private static double share(ClusterState state, Host h) {
        return (double) state.committedMemoryMib(h.id()) / h.memoryMib();
    }

    private static double spread(ClusterState state, List<Host> hosts) {
        double mean = hosts.stream().mapToDouble(h -> share(state, h)).average().orElse(0);
        return Math.sqrt(hosts.stream().mapToDouble(h -> Math.pow(share(state, h) - mean, 2)).average().orElse(0));
    }
}
