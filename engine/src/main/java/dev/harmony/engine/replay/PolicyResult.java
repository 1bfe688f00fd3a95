package dev.harmony.engine.replay;

import java.time.Duration;
import java.util.List;
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

    /**
     * One policy's runs on several datacenters taken together: contention, peaks, migrations, plans and time summed,
     * health the mean of the runs' mean health (each datacenter counts the same).
     */
    public static PolicyResult total(List<PolicyResult> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs to total");
        }
        String policy = runs.get(0).policy();
        if (runs.stream().anyMatch(r -> !r.policy().equals(policy))) {
            throw new IllegalArgumentException("runs of different policies cannot be totalled");
        }
        ContentionCauses causes = runs.stream().map(PolicyResult::causes).reduce(ContentionCauses::plus).orElseThrow();
        double contention = 0;
        double health = 0;
        int peaks = 0;
        int migrations = 0;
        int plans = 0;
        int blocked = 0;
        Duration elapsed = Duration.ZERO;
        for (PolicyResult r : runs) {
            contention += r.contentionVmHours();
            health += r.meanHealth();
            peaks += r.coincidentPeaks();
            migrations += r.migrations();
            plans += r.plans();
            blocked += r.blockedPlans();
            elapsed = elapsed.plus(r.elapsed());
        }
        return new PolicyResult(policy, contention, causes, peaks, migrations, health / runs.size(), plans, blocked, elapsed);
    }
}
