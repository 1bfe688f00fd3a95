package dev.harmony.engine.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a report of one plan shows, in the order it shows it. Every renderer reads only this.
 *
 * @param generatedAt when the report was made
 * @param planId      the plan
 * @param source      the connector it was made for, e.g. {@code lab:bitbrains-rnd}
 * @param createdAt   when the planner made it
 * @param status      the plan's status in the store, or {@code not stored} for a plan file never executed
 * @param scope       what the plan looks at and the data window behind the prediction
 * @param model       the affinity model behind the plan and its measured quality, or {@code no trained model}
 * @param constraints the rules the plan honours, one sentence each
 * @param moves       every move in start order
 * @param health      the predicted health before and after; empty when the source has no demand to replay
 * @param hostUse     per host utilisation before and after, by host id
 * @param execution   approvals, move states and an audit excerpt; empty when the plan was not executed
 * @param rollback    the reverse moves in a safe order
 * @param notes       the planner's remarks and the report's own caveats
 */
public record PlanReport(Instant generatedAt, String planId, String source, Instant createdAt, String status, ReportScope scope,
        String model, List<String> constraints, List<ReportMove> moves, Optional<HealthOutlook> health, List<HostUse> hostUse,
        Optional<ExecutionSummary> execution, List<RollbackStep> rollback, List<String> notes) {
    /** The report format version, written into JSON reports and their schema. */
    public static final String SCHEMA = "harmony.report/1";

    public PlanReport {
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(model, "model");
        constraints = List.copyOf(constraints);
        moves = List.copyOf(moves);
        Objects.requireNonNull(health, "health");
        hostUse = List.copyOf(hostUse);
        Objects.requireNonNull(execution, "execution");
        rollback = List.copyOf(rollback);
        notes = List.copyOf(notes);
    }

    /** Sum of the moves' predicted gains, in health index points. */
    public double totalGain() {
        return moves.stream().mapToDouble(ReportMove::predictedGain).sum();
    }

    /** Sum of the moves' predicted live-migration seconds. */
    public double totalCostSeconds() {
        return moves.stream().mapToDouble(ReportMove::costSeconds).sum();
    }

    /** Number of distinct batches. */
    public long batchCount() {
        return moves.stream().map(ReportMove::batch).distinct().count();
    }
}
