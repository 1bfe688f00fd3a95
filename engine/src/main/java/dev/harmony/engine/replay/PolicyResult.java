package dev.harmony.engine.replay;

import java.time.Duration;
import java.util.Objects;

/**
 * What one policy's pool went through over the replayed period.
 *
 * @param policy            the policy
 * @param contentionVmHours VM-hours spent on hosts whose demand of some resource exceeded the contention level
 * @param causes            what that contention came with: which resource, and whether a migration was in flight
 * @param coincidentPeaks   runs of intervals in which two or more VMs on a host above 70 % CPU were at their own peak at once
 * @param migrations        migrations completed
 * @param meanHealth        mean pool health index over the health windows
 * @param plans             plans made (planning policies)
 * @param blockedPlans      planning rounds that ended without a plan, each explained in the log
 * @param elapsed           wall time the replay took
 */
public record PolicyResult(String policy, double contentionVmHours, ContentionCauses causes, int coincidentPeaks, int migrations, double meanHealth,
                           int plans, int blockedPlans, Duration elapsed) {
    public PolicyResult {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(causes, "causes");
        Objects.requireNonNull(elapsed, "elapsed");
    }
}
