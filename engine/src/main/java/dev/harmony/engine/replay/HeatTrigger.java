package dev.harmony.engine.replay;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.simulation.HostTimeline;
import dev.harmony.engine.simulation.SimulationResult;

/** When a simulated segment first had a host above a utilisation threshold for long enough to act on. */
final class HeatTrigger {
    /** Three 5-minute steps: the 15 minutes the reactive rule waits before it moves a VM. */
    static final int SUSTAIN_STEPS = 3;

    private HeatTrigger() {
    }

    /**
     * @return the number of steps after which some host had been above {@code threshold} of its CPU or memory
     *         capacity for {@code sustain} steps in a row, or -1 when none was
     */
    static int firstSustained(SimulationResult result, double threshold, int sustain) {
        int[] hot = new int[result.hosts().size()];
        for (int t = 0; t < result.intervals(); t++) {
            for (int h = 0; h < hot.length; h++) {
                HostTimeline host = result.hosts().get(h);
                boolean above = host.utilisation(Resource.CPU, t) > threshold || host.utilisation(Resource.MEMORY, t) > threshold;
                hot[h] = above ? hot[h] + 1 : 0;
                if (hot[h] >= sustain) {
                    return t + 1;
                }
            }
        }
        return -1;
    }
}
