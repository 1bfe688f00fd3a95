package dev.harmony.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Heap high-water mark: the heap memory pools' peak usage, reset with {@link #reset()} and summed by
 * {@link #peakMb()}. The pools peak at different moments, so the sum is an upper bound on the true peak;
 * ND4J's off-heap buffers are not included.
 */
public final class HeapPeak {
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();

    /** Starts a new high-water mark after a garbage collection, so the input already built is the floor. */
    public void reset() {
        System.gc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    public double peakMb() {
        long bytes = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return bytes / (1024.0 * 1024.0);
    }
}
