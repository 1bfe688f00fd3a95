package dev.harmony.engine.report;

import dev.harmony.engine.plan.Batch;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.Move;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reverse of a plan: every move undone in the reverse of its start order, so a VM that moved twice
 * returns through the same hosts, and each plan batch undone as one rollback batch with the same caps.
 */
public final class RollbackPlanner {

    /**
     * The rollback steps of the plan's moves (pass only the moves done to roll back a partial run).
     *
     * @param maintenance hosts in maintenance now: a step back onto one carries a caution, as it must wait
     */
    public List<RollbackStep> rollback(MigrationPlan plan, List<Move> moves, Set<String> maintenance) {
        List<Batch> batches = plan.batchesInOrder();
        Map<String, Integer> reversedBatch = batches.stream()
                .collect(Collectors.toMap(Batch::id, b -> batches.size() - batches.indexOf(b)));
        List<Move> reversed = moves.stream().sorted(Comparator.comparingInt(Move::order).reversed()).toList();
        List<RollbackStep> steps = new ArrayList<>();
        for (Move m : reversed) {
            steps.add(new RollbackStep(steps.size() + 1, m.id(), m.vm(), m.to(), m.from(), "r" + reversedBatch.get(m.batch()),
                    maintenance.contains(m.from()) ? "wait until " + m.from() + " leaves maintenance" : ""));
        }
        return steps;
    }

    /** The caps each rollback batch keeps, by rollback batch id: those of the plan batch it undoes. */
    public Map<String, Batch> caps(MigrationPlan plan) {
        List<Batch> batches = plan.batchesInOrder();
        return batches.stream().collect(Collectors.toMap(b -> "r" + (batches.size() - batches.indexOf(b)), Function.identity()));
    }
}
