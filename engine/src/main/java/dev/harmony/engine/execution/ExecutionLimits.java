package dev.harmony.engine.execution;

/**
 * How much the executor does at once, on top of each batch's own limits (the smaller one wins).
 *
 * @param maxConcurrentPerHost moves at once touching one host, as source or target
 * @param maxConcurrent        moves at once in the whole pool
 * @param maxMovesPerBatch     moves per wave: a larger batch runs as several waves, one after the other
 */
public record ExecutionLimits(int maxConcurrentPerHost, int maxConcurrent, int maxMovesPerBatch) {
    public ExecutionLimits {
        if (maxConcurrentPerHost < 1 || maxConcurrent < 1 || maxMovesPerBatch < 1) {
            throw new IllegalArgumentException("execution limits must be 1 or more: per host " + maxConcurrentPerHost
                    + ", in all " + maxConcurrent + ", per batch " + maxMovesPerBatch);
        }
    }

    /** Two moves per host, eight in all, fifty per wave. */
    public static ExecutionLimits defaults() {
        return new ExecutionLimits(2, 8, 50);
    }
}
