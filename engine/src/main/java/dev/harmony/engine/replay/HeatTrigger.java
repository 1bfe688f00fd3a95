package dev.harmony.engine.replay;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.simulation.HostTimeline;
import dev.harmony.engine.simulation.SimulationResult;
import java.time.Duration;

/** When a simulated segment first had a host above a utilisation threshold for long enough to act on. */
final class HeatTrigger {
    private HeatTrigger() {
    }

    /** How long a host must run hot ({@code sustain}) in steps of the given length, at least one. */
    static int sustainSteps(Duration sustain, Duration step) {
        return (int) Math.max(1, sustain.getSeconds() / step.getSeconds());
    }

    /**
     * @return the number of steps after which some host had been above {@code threshold} of its CPU or memory
     *         capacity for {@code sustain} steps in a row, or -1 when none was
     */
    static int firstSustained(SimulationResult result, double threshold, int sustain) {
        int[] hot = new int[result.hosts().size()];
        for (int t = 0; t < result.intervals(); t++) {
            for (int h = 0; h < hot.length; h++) {
                hot[h] = above(result.hosts().get(h), t, threshold) ? hot[h] + 1 : 0;
                if (hot[h] >= sustain) {
                    return t + 1;
                }
            }
        }
        return -1;
    }

    /**
     * @return the number of steps after which some host's CPU or memory demand first exceeded {@code level} of its
     *         capacity (contention already, not a warning), or -1 when none did
     */
    static int firstOverloaded(SimulationResult result, double level) {
        for (int t = 0; t < result.intervals(); t++) {
            for (HostTimeline host : result.hosts()) {
                if (above(host, t, level)) {
                    return t + 1;
                }
            }
        }
        return -1;
    }

    private static boolean above(HostTimeline host, int t, double level) {
        return host.utilisation(Resource.CPU, t) > level || host.utilisation(Resource.MEMORY, t) > level;
    }
}
