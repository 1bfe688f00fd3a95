package dev.harmony.engine.health;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Health values kept over time, so that trends and the effect of a plan can be shown afterwards. */
public interface HealthHistory {
    /** Appends every value of the report: the pool's under {@code poolId}, each host's and each VM's. */
    void record(String source, String poolId, HealthReport report);

    /** The values of one subject with {@code from ≤ at < to}, oldest first. */
    List<HealthRecord> list(String source, HealthScope scope, String subject, Instant from, Instant to);

    /** The rows a report becomes, pool first, then hosts and VMs by id. */
    static List<HealthRecord> rows(String source, String poolId, HealthReport report) {
        List<HealthRecord> rows = new ArrayList<>();
        rows.add(new HealthRecord(source, HealthScope.POOL, poolId, report.at(), report.pool()));
        report.hosts().forEach((id, s) -> rows.add(new HealthRecord(source, HealthScope.HOST, id, report.at(), s)));
        report.vms().forEach((id, s) -> rows.add(new HealthRecord(source, HealthScope.VM, id, report.at(), s)));
        return rows;
    }
}
