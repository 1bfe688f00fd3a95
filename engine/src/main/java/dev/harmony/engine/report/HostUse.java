package dev.harmony.engine.report;

import java.util.Objects;

/**
 * One host's mean expected utilisation (0..1 and above when overcommitted) over the replayed demand.
 *
 * @param host      the host id
 * @param cpuBefore CPU without the plan
 * @param cpuAfter  CPU with every move done
 * @param memBefore memory without the plan
 * @param memAfter  memory with every move done
 */
public record HostUse(String host, double cpuBefore, double cpuAfter, double memBefore, double memAfter) {
    public HostUse {
        Objects.requireNonNull(host, "host");
    }
}
