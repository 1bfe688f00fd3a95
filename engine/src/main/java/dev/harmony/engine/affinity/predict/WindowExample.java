package dev.harmony.engine.affinity.predict;

import dev.harmony.engine.affinity.Window;
import dev.harmony.engine.affinity.features.CandidatePairs;
import dev.harmony.engine.affinity.features.FeatureMatrix;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One prediction task: the candidate pairs of a pool for one target window, with features read only
 * from the windows before it and, where the target window has been measured, the realized affinity to
 * learn or score against.
 *
 * @param target       the window whose affinity is predicted
 * @param vmIds        the VM of each row, as the pairs and node features refer to them
 * @param nodeFeatures one row per VM, from the lag windows before the target
 * @param pairs        the candidate pairs (rows of {@code vmIds})
 * @param pairFeatures one row per pair, columns {@link PairColumns#names(int)}
 * @param targets      realized affinity of each pair over the target window; 0 where {@code hasTarget} is false
 * @param hasTarget    whether the pair had enough overlapping telemetry in the target window to be scored
 * @param coldStart    whether the pair was scored in none of the lag windows, so models fall back to
 *                     {@link ColdStart#PRIOR}
 */
public record WindowExample(Window target, List<String> vmIds, FeatureMatrix nodeFeatures, CandidatePairs pairs,
                            FeatureMatrix pairFeatures, float[] targets, boolean[] hasTarget, boolean[] coldStart) {
    public WindowExample {
        Objects.requireNonNull(target, "target");
        vmIds = List.copyOf(vmIds);
        Objects.requireNonNull(pairs, "pairs");
        int n = pairs.size();
        if (nodeFeatures.rows() != vmIds.size() || pairFeatures.rows() != n || targets.length != n
                || hasTarget.length != n || coldStart.length != n) {
            throw new IllegalArgumentException("example arrays disagree: " + vmIds.size() + " VMs, " + nodeFeatures.rows()
                    + " node rows, " + n + " pairs, " + pairFeatures.rows() + " pair rows, " + targets.length + " targets");
        }
        for (int p = 0; p < n; p++) {
            if (!Float.isFinite(targets[p])) {
                throw new IllegalArgumentException("target of pair " + p + " is not finite: " + targets[p]);
            }
        }
        targets = targets.clone();
        hasTarget = hasTarget.clone();
        coldStart = coldStart.clone();
    }

    /** Number of candidate pairs. */
    public int size() {
        return pairs.size();
    }

    public float target(int p) {
        return targets[p];
    }

    public boolean hasTarget(int p) {
        return hasTarget[p];
    }

    public boolean coldStart(int p) {
        return coldStart[p];
    }

    /** Pairs with a realized score in the target window. */
    public int scoredCount() {
        int n = 0;
        for (boolean b : hasTarget) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /** Pairs that fall back to the prior. */
    public int coldCount() {
        int n = 0;
        for (boolean b : coldStart) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /** Pairs a model can learn from: scored in the target window and not cold. */
    public boolean learnable(int p) {
        return hasTarget[p] && !coldStart[p];
    }

    @Override
    public float[] targets() {
        return targets.clone();
    }

    @Override
    public boolean[] hasTarget() {
        return hasTarget.clone();
    }

    @Override
    public boolean[] coldStart() {
        return coldStart.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WindowExample e && target.equals(e.target) && vmIds.equals(e.vmIds)
                && nodeFeatures.equals(e.nodeFeatures) && pairs.equals(e.pairs) && pairFeatures.equals(e.pairFeatures)
                && Arrays.equals(targets, e.targets) && Arrays.equals(hasTarget, e.hasTarget)
                && Arrays.equals(coldStart, e.coldStart);
    }

    @Override
    public int hashCode() {
        return Objects.hash(target, vmIds, pairs, Arrays.hashCode(targets));
    }

    @Override
    public String toString() {
        return "WindowExample[" + target + ", " + vmIds.size() + " VMs, " + size() + " pairs, " + scoredCount()
                + " scored, " + coldCount() + " cold]";
    }
}
