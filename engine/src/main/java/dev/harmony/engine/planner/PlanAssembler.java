package dev.harmony.engine.planner;

import dev.harmony.engine.plan.Batch;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.Move;
import dev.harmony.engine.plan.PlanCodec;
import dev.harmony.engine.plan.ScheduleWindow;
import dev.harmony.engine.simulation.MigrationCost;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes the ordered, checked steps as a {@link MigrationPlan}: moves m01…, batches b1…, health before and after. */
final class PlanAssembler {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneOffset.UTC);
    private final PoolView pool;
    private final Problem problem;
    private final MoveReasons reasons;

    PlanAssembler(PoolView pool, Problem problem, MoveReasons reasons) {
        this.pool = pool;
        this.problem = problem;
        this.reasons = reasons;
    }

    MigrationPlan assemble(String policy, List<Step> steps, double[] gains, double before, double after, List<String> notes) {
        Map<String, String> finalTarget = new HashMap<>();
        steps.forEach(s -> finalTarget.put(s.vm(), s.to()));
        int batches = steps.stream().mapToInt(Step::batch).max().orElse(1);
        ScheduleWindow window = pool.options.windows().stream().filter(w -> w.end().isAfter(pool.request.at())).findFirst()
                .orElse(null);
        List<Batch> batchList = new ArrayList<>();
        for (int b = 1; b <= batches; b++) {
            batchList.add(new Batch("b" + b, b, pool.options.maxPerHostPerBatch(), pool.options.maxMovesPerBatch(), window));
        }
        List<Move> moves = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            MigrationCost cost = problem.costs().get(s.vm());
            String reason = reasons.reason(s, finalTarget.get(s.vm()), gains[i], before);
            moves.add(new Move(String.format("m%02d", i + 1), s.vm(), s.from(), s.to(), reason, round(gains[i]),
                    round(cost.duration().toMillis() / 1000.0), MoveReasons.risk(cost), "b" + s.batch(), i + 1));
        }
        String id = policy + "-" + pool.request.source().replaceFirst("^lab:", "") + "-" + STAMP.format(pool.request.at());
        return new MigrationPlan(PlanCodec.SCHEMA_VERSION, id.length() > 100 ? id.substring(0, 100) : id,
                pool.request.source(), pool.request.at(), moves, batchList, clamp(before), clamp(after), notes);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static Double clamp(double v) {
        return Double.isNaN(v) ? null : Math.max(0, Math.min(100, round(v)));
    }
}
