package dev.harmony.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.plan.Batch;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.Move;
import dev.harmony.engine.plan.PlanCodec;
import dev.harmony.engine.plan.Risk;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollbackPlannerTest {
    private static Move move(String id, String vm, String from, String to, String batch, int order) {
        return new Move(id, vm, from, to, "r", 1, 10, Risk.LOW, batch, order);
    }

    private final MigrationPlan plan = new MigrationPlan(PlanCodec.SCHEMA_VERSION, "p1", "lab:x", Instant.parse("2024-01-01T00:00:00Z"),
            List.of(move("m1", "a", "h1", "h2", "b1", 1), move("m2", "b", "h2", "h3", "b1", 2), move("m3", "a", "h2", "h3", "b2", 3)),
            List.of(new Batch("b1", 1, 2, 5, null), new Batch("b2", 2, 1, 3, null)), null, null, List.of());

    @Test
    void rollbackUndoesLastMoveFirstSoAVmMovedTwiceReturnsThroughTheSameHosts() {
        List<RollbackStep> steps = new RollbackPlanner().rollback(plan, plan.movesInOrder(), java.util.Set.of());

        assertThat(steps).extracting(RollbackStep::undoes).containsExactly("m3", "m2", "m1");
        assertThat(steps.get(0)).extracting(RollbackStep::from, RollbackStep::to).containsExactly("h3", "h2");
        assertThat(steps.get(2)).extracting(RollbackStep::from, RollbackStep::to).containsExactly("h2", "h1");
    }

    @Test
    void rollbackBatchesRunInReverseAndKeepTheCapsOfTheBatchTheyUndo() {
        List<RollbackStep> steps = new RollbackPlanner().rollback(plan, plan.movesInOrder(), java.util.Set.of());

        assertThat(steps).extracting(RollbackStep::batch).containsExactly("r1", "r2", "r2");
        assertThat(new RollbackPlanner().caps(plan).get("r1").maxConcurrentPerHost()).isEqualTo(1);
        assertThat(new RollbackPlanner().caps(plan).get("r2").maxMoves()).isEqualTo(5);
    }

    @Test
    void stepBackOntoAHostInMaintenanceCarriesACaution() {
        List<RollbackStep> steps = new RollbackPlanner().rollback(plan, plan.movesInOrder(), java.util.Set.of("h1"));

        assertThat(steps).extracting(RollbackStep::caution).containsExactly("", "", "wait until h1 leaves maintenance");
    }
}
