package dev.harmony.engine.plan;

/**
 * A group of moves that run together; the next batch starts when every move of this one has ended.
 *
 * @param id                   unique within the plan, e.g. {@code b1}
 * @param order                the batch's position, from 1
 * @param maxConcurrentPerHost at most this many moves at once touching one host (as source or target)
 * @param maxMoves             at most this many moves in the batch
 * @param window               when the batch may run (e.g. a maintenance window); null for whenever the plan's schedule allows
 */
public record Batch(String id, int order, int maxConcurrentPerHost, int maxMoves, ScheduleWindow window) {
    public Batch {
        PlanChecks.id(id, "/id", "batch id");
        if (order < 1) {
            throw new PlanValidationException("/order", "batch " + id + ": order must be 1 or more, was " + order);
        }
        if (maxConcurrentPerHost < 1) {
            throw new PlanValidationException("/max_concurrent_per_host",
                    "batch " + id + ": max_concurrent_per_host must be 1 or more, was " + maxConcurrentPerHost);
        }
        if (maxMoves < 1) {
            throw new PlanValidationException("/max_moves", "batch " + id + ": max_moves must be 1 or more, was " + maxMoves);
        }
    }
}
