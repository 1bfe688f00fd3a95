package dev.harmony.engine.replay;

import dev.harmony.engine.model.Placement;
import dev.harmony.engine.planner.PredictedAffinity;
import java.time.Instant;

/**
 * What a planning policy is told about pair affinity at each planning round of a replay: a prediction
 * for the window after {@code now}, made only from what lies before it.
 */
@FunctionalInterface
public interface AffinityPrediction {
    /**
     * @param now       the planning round's instant
     * @param placement where the VMs run at {@code now}
     */
    PredictedAffinity at(Instant now, Placement placement);
}
