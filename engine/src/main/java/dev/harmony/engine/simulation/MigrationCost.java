package dev.harmony.engine.simulation;

import java.time.Duration;
import java.util.Objects;

/**
 * What one live migration costs under the pre-copy model.
 *
 * @param duration       from start to switch-over end: pre-copy rounds plus stun
 * @param stun           time the VM is paused to send the last dirty pages and switch over
 * @param rounds         pre-copy rounds before the stop (the first sends all memory)
 * @param transferredMib memory sent in all, stop-and-copy included
 * @param converged      whether the dirty set shrank below what fits the stun target; false when the
 *                       dirty rate kept up with the link and the copy was stopped at the round limit
 * @param sourceCpuMhz   extra CPU on the source host while the migration runs
 * @param targetCpuMhz   extra CPU on the target host while it runs
 * @param linkMibps      migration traffic, in MiB/s, on both hosts' network while it runs
 */
public record MigrationCost(Duration duration, Duration stun, int rounds, double transferredMib, boolean converged,
                            double sourceCpuMhz, double targetCpuMhz, double linkMibps) {
    public MigrationCost {
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(stun, "stun");
        if (rounds < 1 || transferredMib < 0 || sourceCpuMhz < 0 || targetCpuMhz < 0 || linkMibps <= 0) {
            throw new IllegalArgumentException("migration cost out of range: rounds " + rounds + ", transferred "
                    + transferredMib + ", CPU " + sourceCpuMhz + "/" + targetCpuMhz + ", link " + linkMibps);
        }
    }
}
