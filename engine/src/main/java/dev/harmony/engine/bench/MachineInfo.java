package dev.harmony.engine.bench;

import dev.harmony.engine.affinity.gnn.AffinityGnn;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * The machine a benchmark ran on.
 *
 * @param cores       processors the JVM sees
 * @param memoryMb    physical memory in MiB, or -1 when the JVM cannot tell
 * @param maxHeapMb   the JVM's maximum heap in MiB
 * @param jvm         vendor, name and version of the JVM
 * @param os          operating system name, version and architecture
 * @param nd4jBackend the ND4J backend the GNN runs on
 * @param gpu         the GPU the GNN used, or "none" when ND4J runs on the CPU
 * @param loadAverage the system load average over the last minute when the run started, -1 when unknown
 */
public record MachineInfo(int cores, long memoryMb, long maxHeapMb, String jvm, String os, String nd4jBackend, String gpu,
                          double loadAverage) {

    /** This JVM and machine, now. */
    public static MachineInfo current() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        long memory = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() >> 20 : -1;
        String backend = AffinityGnn.backend();
        boolean gpu = backend.toLowerCase(java.util.Locale.ROOT).contains("cuda");
        return new MachineInfo(Runtime.getRuntime().availableProcessors(), memory, Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                backend, gpu ? backend : "none", os.getSystemLoadAverage());
    }
}
