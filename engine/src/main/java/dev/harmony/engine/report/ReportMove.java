package dev.harmony.engine.report;

import java.util.Objects;

/**
 * One move as a report shows it.
 *
 * @param id            the move id, e.g. {@code m03}
 * @param order         its start position in the plan, from 1
 * @param vm            the VM
 * @param from          source host
 * @param to            target host
 * @param reason        the planner's reason
 * @param predictedGain predicted health index points gained
 * @param costSeconds   predicted live-migration seconds
 * @param risk          {@code low}, {@code medium} or {@code high}
 * @param batch         the batch id
 * @param schedule      when its batch may run, e.g. {@code batch 1 of 2, any time} or a window
 * @param state         {@code planned}, or the journal state once executed (e.g. {@code done})
 */
public record ReportMove(String id, int order, String vm, String from, String to, String reason, double predictedGain,
        double costSeconds, String risk, String batch, String schedule, String state) {
    public ReportMove {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vm, "vm");
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(state, "state");
    }
}
