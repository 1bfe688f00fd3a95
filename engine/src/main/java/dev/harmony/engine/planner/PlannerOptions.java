package dev.harmony.engine.planner;

import dev.harmony.engine.plan.ScheduleWindow;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the planner plans. The defaults are those tuned on days 1–20 of the bitbrains-rnd lab
 * ({@code docs/replay-evaluation.md}).
 *
 * @param threshold          migration threshold: a co-located pair whose predicted affinity is below it is a candidate
 * @param maxMoves           most VMs one plan moves (staging steps not counted), at least 0
 * @param headroomTarget     forecast P95 utilisation above which a host is a candidate and pays headroom cost, in (0, 1)
 * @param memoryFill         share of a host's memory its VMs' provisioned memory may take, in (0, 1]
 * @param slot               forecast slot the solver judges P95 load over (the horizon is the forecasts' length)
 * @param timeLimit          the solver's time limit
 * @param stepLimit          the solver's step limit (local-search steps), at least 1
 * @param maxCandidates      most VMs the solver may move among, the strongest candidates first
 * @param targetHosts        most hosts each candidate VM is offered (the least loaded that its rules allow), at least 1
 * @param maxMovesPerBatch   most moves in one batch, at least 1
 * @param maxPerHostPerBatch most moves of one batch that touch one host (as source or target), at least 1
 * @param hysteresis         a VM moved within this time is not moved again, nor sent back to the host it left
 * @param windows            change windows the batches must run in, in order; empty for "from now"
 * @param weights            how the soft constraints weigh against each other
 * @param seed               the solver's random seed, so a plan can be reproduced
 * @param minGain            pool-health points a VM's move must be predicted to add to stay in the plan (evacuations excepted)
 * @param partialPlans       when the search trades one broken hard rule for another, keep those of its moves that make no
 *                           hard rule worse (a plan whose notes say so) rather than refuse the plan
 */
public record PlannerOptions(double threshold, int maxMoves, double headroomTarget, double memoryFill, Duration slot,
                             Duration timeLimit, int stepLimit, int maxCandidates, int targetHosts, int maxMovesPerBatch,
                             int maxPerHostPerBatch, Duration hysteresis, List<ScheduleWindow> windows,
                             PlannerWeights weights, long seed, double minGain, boolean partialPlans) {
    public PlannerOptions {
        if (!(threshold >= -1 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be within [-1, 1], was " + threshold);
        }
        if (maxMoves < 0 || stepLimit < 1 || maxCandidates < 1 || targetHosts < 1 || maxMovesPerBatch < 1
                || maxPerHostPerBatch < 1) {
            throw new IllegalArgumentException("maxMoves must be at least 0; step limit, candidates, target hosts and batch"
                    + " limits at least 1");
        }
        if (!(headroomTarget > 0 && headroomTarget < 1) || !(memoryFill > 0 && memoryFill <= 1)) {
            throw new IllegalArgumentException("headroomTarget must be within (0, 1) and memoryFill within (0, 1]");
        }
        positive(slot, "slot");
        positive(timeLimit, "timeLimit");
        Objects.requireNonNull(hysteresis, "hysteresis");
        if (hysteresis.isNegative()) {
            throw new IllegalArgumentException("hysteresis must not be negative, was " + hysteresis);
        }
        windows = List.copyOf(windows);
        Objects.requireNonNull(weights, "weights");
        if (!(minGain >= 0) || Double.isInfinite(minGain)) {
            throw new IllegalArgumentException("minGain must be finite and at least 0, was " + minGain);
        }
    }

    /** Threshold −0.02, 10 moves, 70 % headroom, 90 % memory fill, hourly slots, 3 s or 20,000 steps, batches of 4. */
    public static PlannerOptions defaults() {
        return new PlannerOptions(-0.02, 10, 0.7, 0.9, Duration.ofHours(1), Duration.ofSeconds(3), 20_000, 200, 8, 4, 2,
                Duration.ofHours(24), List.of(), PlannerWeights.defaults(), 42, 0, true);
    }

    public PlannerOptions withThreshold(double value) {
        return new PlannerOptions(value, maxMoves, headroomTarget, memoryFill, slot, timeLimit, stepLimit, maxCandidates,
                targetHosts, maxMovesPerBatch, maxPerHostPerBatch, hysteresis, windows, weights, seed, minGain, partialPlans);
    }

    public PlannerOptions withMaxMoves(int value) {
        return new PlannerOptions(threshold, value, headroomTarget, memoryFill, slot, timeLimit, stepLimit, maxCandidates,
                targetHosts, maxMovesPerBatch, maxPerHostPerBatch, hysteresis, windows, weights, seed, minGain, partialPlans);
    }

    public PlannerOptions withLimits(Duration time, int steps) {
        return new PlannerOptions(threshold, maxMoves, headroomTarget, memoryFill, slot, time, steps, maxCandidates,
                targetHosts, maxMovesPerBatch, maxPerHostPerBatch, hysteresis, windows, weights, seed, minGain, partialPlans);
    }

    public PlannerOptions withHysteresis(Duration value) {
        return new PlannerOptions(threshold, maxMoves, headroomTarget, memoryFill, slot, timeLimit, stepLimit, maxCandidates,
                targetHosts, maxMovesPerBatch, maxPerHostPerBatch, value, windows, weights, seed, minGain, partialPlans);
    }

    public PlannerOptions withWindows(List<ScheduleWindow> value) {
        return new PlannerOptions(threshold, maxMoves, headroomTarget, memoryFill, slot, timeLimit, stepLimit, maxCandidates,
                targetHosts, maxMovesPerBatch, maxPerHostPerBatch, hysteresis, value, weights, seed, minGain, partialPlans);
    }

    public PlannerOptions withBatches(int movesPerBatch, int perHostPerBatch) {
        return new PlannerOptions(threshold, maxMoves, headroomTarget, memoryFill, slot, timeLimit, stepLimit, maxCandidates,
                targetHosts, movesPerBatch, perHostPerBatch, hysteresis, windows, weights, seed, minGain, partialPlans);
    }

    public PlannerOptions withHeadroomTarget(double value) {
        return new PlannerOptions(threshold, maxMoves, value, memoryFill, slot, timeLimit, stepLimit, maxCandidates,
                targetHosts, maxMovesPerBatch, maxPerHostPerBatch, hysteresis, windows, weights, seed, minGain, partialPlans);
    }

    public PlannerOptions withWeights(PlannerWeights value) {
        return new PlannerOptions(threshold, maxMoves, headroomTarget, memoryFill, slot, timeLimit, stepLimit, maxCandidates,
                targetHosts, maxMovesPerBatch, maxPerHostPerBatch, hysteresis, windows, value, seed, minGain, partialPlans);
    }

    public PlannerOptions withCandidates(int maxVms, int hostsPerVm) {
        return new PlannerOptions(threshold, maxMoves, headroomTarget, memoryFill, slot, timeLimit, stepLimit, maxVms,
                hostsPerVm, maxMovesPerBatch, maxPerHostPerBatch, hysteresis, windows, weights, seed, minGain, partialPlans);
    }

    public PlannerOptions withMinGain(double value) {
        return new PlannerOptions(threshold, maxMoves, headroomTarget, memoryFill, slot, timeLimit, stepLimit, maxCandidates,
                targetHosts, maxMovesPerBatch, maxPerHostPerBatch, hysteresis, windows, weights, seed, value, partialPlans);
    }

    public PlannerOptions withPartialPlans(boolean value) {
        return new PlannerOptions(threshold, maxMoves, headroomTarget, memoryFill, slot, timeLimit, stepLimit, maxCandidates,
                targetHosts, maxMovesPerBatch, maxPerHostPerBatch, hysteresis, windows, weights, seed, minGain, value);
    }

    private static void positive(Duration d, String what) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(what + " must be positive, was " + d);
        }
    }
}
