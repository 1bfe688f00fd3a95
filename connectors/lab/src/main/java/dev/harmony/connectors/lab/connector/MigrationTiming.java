package dev.harmony.connectors.lab.connector;

import java.time.Duration;

/**
 * How long a simulated live migration takes in trace time: the VM's memory sent over the migration
 * link at 80 % of its rate, plus 25 % for pages dirtied while copying (a fixed assumption; the trace
 * has no dirty-page rate), plus a one-second switchover, which is the point of no return.
 */
final class MigrationTiming {
    static final Duration SWITCHOVER = Duration.ofSeconds(1);
    private static final double LINK_EFFICIENCY = 0.8;
    private static final double DIRTY_PAGE_OVERHEAD = 1.25;
    private static final double BITS_PER_MIB = 8.0 * 1024 * 1024;

    private MigrationTiming() {
    }

    /** The trace-time duration of moving a VM with this much memory over a link of this rate. */
    static Duration duration(long memoryMib, long linkMbps) {
        double seconds = memoryMib * BITS_PER_MIB * DIRTY_PAGE_OVERHEAD / (LINK_EFFICIENCY * linkMbps * 1e6);
        return Duration.ofNanos((long) (seconds * 1e9)).plus(SWITCHOVER);
    }
}
