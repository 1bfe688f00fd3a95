package dev.harmony.engine.plan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules that tie a plan's moves and batches together, checked when a plan is built: unique ids and
 * orders, every move in a known batch, batch limits kept, move order following batch order, and a VM
 * that moves twice leaving from where its previous move put it.
 */
final class PlanRules {
    private PlanRules() {
    }

    static void check(String planId, List<Move> moves, List<Batch> batches) {
        if (batches.isEmpty()) {
            throw new PlanValidationException("/batches", "plan " + planId + " has no batch; every plan needs at least one");
        }
        Map<String, Batch> batchById = new HashMap<>();
        Set<Integer> batchOrders = new HashSet<>();
        for (int i = 0; i < batches.size(); i++) {
            Batch b = batches.get(i);
            if (batchById.put(b.id(), b) != null) {
                throw new PlanValidationException("/batches/" + i + "/id", "plan " + planId + ": batch id '" + b.id() + "' is used twice");
            }
            if (!batchOrders.add(b.order())) {
                throw new PlanValidationException("/batches/" + i + "/order", "plan " + planId + ": batch order " + b.order()
                        + " is used twice");
            }
        }
        Set<String> moveIds = new HashSet<>();
        Set<Integer> moveOrders = new HashSet<>();
        Map<String, Integer> countByBatch = new HashMap<>();
        for (int i = 0; i < moves.size(); i++) {
            Move m = moves.get(i);
            String at = "/moves/" + i;
            if (!moveIds.add(m.id())) {
                throw new PlanValidationException(at + "/id", "plan " + planId + ": move id '" + m.id() + "' is used twice");
            }
            if (!moveOrders.add(m.order())) {
                throw new PlanValidationException(at + "/order", "plan " + planId + ": move order " + m.order() + " is used twice");
            }
            Batch b = batchById.get(m.batch());
            if (b == null) {
                throw new PlanValidationException(at + "/batch", "plan " + planId + ": move " + m.id() + " names batch '" + m.batch()
                        + "', which the plan does not have (batches: " + String.join(", ", batchById.keySet().stream().sorted().toList()) + ")");
            }
            int count = countByBatch.merge(b.id(), 1, Integer::sum);
            if (count > b.maxMoves()) {
                throw new PlanValidationException(at + "/batch", "plan " + planId + ": batch " + b.id() + " has more than its max_moves "
                        + b.maxMoves() + " moves");
            }
        }
        checkOrderFollowsBatches(planId, moves, batchById);
        checkChains(planId, moves);
    }

    /** A move of a later batch must not come before a move of an earlier one. */
    private static void checkOrderFollowsBatches(String planId, List<Move> moves, Map<String, Batch> batchById) {
        for (int i = 0; i < moves.size(); i++) {
            Move a = moves.get(i);
            for (Move b : moves) {
                int batchA = batchById.get(a.batch()).order();
                int batchB = batchById.get(b.batch()).order();
                if (batchA > batchB && a.order() < b.order()) {
                    throw new PlanValidationException("/moves/" + i + "/order", "plan " + planId + ": move " + a.id() + " (order "
                            + a.order() + ", batch " + a.batch() + ") would start before move " + b.id() + " (order " + b.order()
                            + ") of the earlier batch " + b.batch());
                }
            }
        }
    }

    /** A VM moved more than once leaves each time from the host its previous move went to. */
    private static void checkChains(String planId, List<Move> moves) {
        Map<String, Move> lastByVm = new HashMap<>();
        List<Move> ordered = moves.stream().sorted(java.util.Comparator.comparingInt(Move::order)).toList();
        for (Move m : ordered) {
            Move previous = lastByVm.put(m.vm(), m);
            if (previous != null && !previous.to().equals(m.from())) {
                throw new PlanValidationException("/moves/" + moves.indexOf(m) + "/from", "plan " + planId + ": move " + m.id()
                        + " takes VM " + m.vm() + " from " + m.from() + ", but the earlier move " + previous.id() + " puts it on "
                        + previous.to());
            }
        }
    }
}
