package dev.harmony.engine.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.health.HealthOptions;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.Move;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A closing host that cannot be emptied: h2 is in maintenance with a (10,000 MiB) and b (40,000 MiB); h1 and h3
 * hold 30,000 MiB each and may take 58,982 (90 % of 64 GiB). The open hosts could take all the memory in sum, so
 * the plan is not refused up front, but no packing empties h2. A search that moves both a and b onto h1 empties h2 by overfilling h1: one broken hard
 * rule traded for another. The plan keeps the move that makes no hard rule worse and says what it left.
 */
class PartialPlanTest {
    private final PoolFixture pool = new PoolFixture()
            .host("h1").host("h3").host("h2", 20_000, 65_536, "zone-a", Set.of(), true)
            .vm("c", "h1", 1_000, 30_000).vm("d", "h3", 1_000, 30_000)
            .vm("a", "h2", 1_000, 10_000).vm("b", "h2", 1_000, 40_000);

    /** Moves a and b onto h1, as a search that weighs an emptied closing host above an overfull one might. */
    private static PlacementSolution bothOntoH1(Problem problem, Candidates candidates, SolverRunner solver,
                                                java.util.function.Consumer<PlanProgress> progress) {
        PlacementSolution s = problem.solution();
        for (VmAssignment a : s.assignments()) {
            if (a.getId().equals("a") || a.getId().equals("b")) {
                a.setHost(a.getTargets().stream().filter(h -> h.id().equals("h1")).findFirst().orElseThrow());
            }
        }
        return s;
    }

    @Test
    void theMovesThatWorsenNoHardRuleAreKeptAndTheRestIsNamed() {
        PlanOutcome outcome = new PlanPipeline(PoolFixture.options(), HealthOptions.defaults())
                .run("test", pool.request(), PartialPlanTest::bothOntoH1, p -> { });

        assertThat(outcome).isInstanceOf(PlanOutcome.Planned.class);
        PlanOutcome.Planned planned = (PlanOutcome.Planned) outcome;
        MigrationPlan plan = planned.plan();
        assertThat(plan.moves()).extracting(Move::vm, Move::to).containsExactly(org.assertj.core.groups.Tuple.tuple("a", "h1"));
        assertThat(planned.report().unresolved()).anySatisfy(u -> assertThat(u).startsWith("partial:").contains("kept 1 of the solver's 2 moves"))
                .anySatisfy(u -> assertThat(u).contains("b").contains("h2"));
        assertThat(plan.notes()).anySatisfy(n -> assertThat(n).startsWith("partial:"));
    }

    @Test
    void whenNoMoveCanBeKeptThePlanIsRefusedWithItsReasons() {
        PlanOutcome outcome = new PlanPipeline(PoolFixture.options(), HealthOptions.defaults())
                .run("test", pool.request(), (problem, candidates, solver, progress) -> {
                    PlacementSolution s = problem.solution();
                    for (VmAssignment a : s.assignments()) {
                        if (a.getId().equals("b")) {
                            a.setHost(a.getTargets().stream().filter(h -> h.id().equals("h1")).findFirst().orElseThrow());
                        }
                    }
                    return s;
                }, p -> { });

        assertThat(outcome).isInstanceOf(PlanOutcome.Blocked.class);
        assertThat(((PlanOutcome.Blocked) outcome).blockers()).allSatisfy(b -> {
            assertThat(b.kind()).isEqualTo(Blocker.Kind.NO_FEASIBLE_PLACEMENT);
            assertThat(b.message()).startsWith("no placement found that keeps every hard rule: ");
        }).anySatisfy(b -> assertThat(b.message()).contains("h1"));
    }

    @Test
    void withPartialPlansOffTheTradedPlacementIsRefused() {
        PlanOutcome outcome = new PlanPipeline(PoolFixture.options().withPartialPlans(false), HealthOptions.defaults())
                .run("test", pool.request(), PartialPlanTest::bothOntoH1, p -> { });

        assertThat(outcome).isInstanceOf(PlanOutcome.Blocked.class);
        assertThat(((PlanOutcome.Blocked) outcome).blockers()).anySatisfy(b -> assertThat(b.message()).contains("h1"));
    }
}
