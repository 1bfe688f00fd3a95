package dev.harmony.engine.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.engine.planner.Blocker;
import dev.harmony.engine.planner.MigrationPlanner;
import dev.harmony.engine.planner.PlanOutcome;
import dev.harmony.engine.planner.PlanProgress;
import dev.harmony.engine.planner.PlanningRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The re-plan a host's heat triggers: three VMs on one host burst on the replayed day only (13:00-18:00), which no
 * plan made from the past can foresee. A planner that records when it is asked (and plans nothing) shows when
 * the replay lets a policy plan.
 */
class ReplanOnHeatTest {
    private static ReplayInput pool() {
        return TwoHostPool.build(t -> t >= 2 * TwoHostPool.DAY + 13 * 12 && t < 2 * TwoHostPool.DAY + 18 * 12);
    }

    /** Asked when; never moves anything. */
    private static final class Recording implements MigrationPlanner {
        final List<Instant> asked = new ArrayList<>();
        final List<Integer> lookAhead = new ArrayList<>();
        /** v0's forecast CPU (P50) for the first step, at each plan: v0 bursts with the two others on h1. */
        final List<Float> burstingNow = new ArrayList<>();

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public PlanOutcome plan(PlanningRequest request, Consumer<PlanProgress> progress) {
            asked.add(request.at());
            lookAhead.add(request.forecasts().get(0).size());
            request.forecasts().stream().filter(f -> f.vmId().equals("v0")).findFirst()
                    .ifPresent(f -> burstingNow.add(f.byResource().get(dev.harmony.engine.affinity.Resource.CPU).p50()[0]));
            return new PlanOutcome.Blocked(List.of(new Blocker(Blocker.Kind.EMPTY_POOL, "test", "the test planner plans nothing")));
        }
    }

    private static List<Instant> askedWith(boolean replanOnHeat) {
        Recording planner = new Recording();
        new ReplayRunner(ReplayOptions.defaults().withReplanOnHeat(replanOnHeat)).run(pool(), ReplayPolicy.planning(planner), line -> { });
        return planner.asked;
    }

    private static Instant at(String hhmm) {
        return Instant.parse("2013-07-03T" + hhmm + ":00Z");
    }

    @Test
    void withoutTheTriggerPoliciesPlanOnlyOnTheirGrid() {
        assertThat(askedWith(false)).containsExactly(at("00:00"), at("06:00"), at("12:00"), at("18:00"));
    }

    @Test
    void aHostHotForFifteenMinutesMakesThePolicyPlanThenOnceInThatPeriodAndTheGridStays() {
        // The burst starts at 13:00; after three hot 5-minute steps the policy plans at 13:15. The host stays hot
        // until 18:00, but the period 12:00-18:00 has had its re-plan, and the regular plans keep their times.
        assertThat(askedWith(true)).containsExactly(at("00:00"), at("06:00"), at("12:00"), at("13:15"), at("18:00"));
    }

    @Test
    void aHostOverCapacityMakesThePolicyPlanAfterOneStepWhenOverloadsTriggerToo() {
        Recording planner = new Recording();
        List<String> log = new ArrayList<>();
        new ReplayRunner(ReplayOptions.defaults().withReplanOnHeat(true).withReplanOnOverload(true))
                .run(pool(), ReplayPolicy.planning(planner), log::add);

        // 18 GHz of 16 from the burst's first step: the plan comes at 13:05, not after fifteen minutes at 13:15.
        assertThat(planner.asked).containsExactly(at("00:00"), at("06:00"), at("12:00"), at("13:05"), at("18:00"));
        assertThat(log).contains("recording at 2013-07-03T13:05:00Z: a host's demand exceeded 100 % of its capacity; planning again");
        // Its forecasts are floored by the one step that set it off (6 GHz), not diluted by the quiet steps before it.
        assertThat(planner.burstingNow.get(3)).isGreaterThanOrEqualTo(6_000f);
        assertThat(planner.burstingNow.get(2)).isLessThan(6_000f);
    }

    @Test
    void aShorterHeatSustainMakesThePolicyPlanSooner() {
        Recording planner = new Recording();
        new ReplayRunner(ReplayOptions.defaults().withReplanOnHeat(true).withHeatSustain(Duration.ofMinutes(5)))
                .run(pool(), ReplayPolicy.planning(planner), line -> { });
        assertThat(planner.asked).containsExactly(at("00:00"), at("06:00"), at("12:00"), at("13:05"), at("18:00"));
    }

    @Test
    void theOverloadTriggerNeedsTheHeatTriggerOn() {
        Recording planner = new Recording();
        new ReplayRunner(ReplayOptions.defaults().withReplanOnOverload(true)).run(pool(), ReplayPolicy.planning(planner), line -> { });
        assertThat(planner.asked).containsExactly(at("00:00"), at("06:00"), at("12:00"), at("18:00"));
    }

    @Test
    void moreReplansAPeriodLetThePolicyPlanAgainEveryFifteenMinutesWhileTheHostStaysHot() {
        Recording planner = new Recording();
        new ReplayRunner(ReplayOptions.defaults().withReplanOnHeat(true).withHeatReplans(3))
                .run(pool(), ReplayPolicy.planning(planner), line -> { });

        // Each re-plan starts a new segment, whose first three steps are hot again.
        assertThat(planner.asked).containsExactly(at("00:00"), at("06:00"), at("12:00"), at("13:15"), at("13:30"), at("13:45"),
                at("18:00"));
    }

    @Test
    void aPlanThatHeatTriggeredLooksAsFarAheadAsTheHeatHorizonAndRegularPlansADay() {
        Recording planner = new Recording();
        new ReplayRunner(ReplayOptions.defaults().withReplanOnHeat(true).withHeatHorizon(Duration.ofHours(1)))
                .run(pool(), ReplayPolicy.planning(planner), line -> { });

        // 00:00, 06:00, 12:00 and 18:00 forecast 288 five-minute steps; the 13:15 re-plan 12.
        assertThat(planner.asked).containsExactly(at("00:00"), at("06:00"), at("12:00"), at("13:15"), at("18:00"));
        assertThat(planner.lookAhead).containsExactly(288, 288, 288, 12, 288);
    }

    @Test
    void theHeatHorizonCannotReachBeyondTheRegularOne() {
        assertThatThrownBy(() -> ReplayOptions.defaults().withHeatHorizon(Duration.ofHours(25)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most the horizon");
    }

    @Test
    void harmonyActsOnTheHeatItCouldNotForeseeAndCutsTheContention() {
        MigrationPlanner harmony = new dev.harmony.engine.planner.HarmonyPlanner(
                dev.harmony.engine.planner.PlannerOptions.defaults().withLimits(Duration.ofSeconds(5), 1_000),
                dev.harmony.engine.health.HealthOptions.defaults());
        PolicyResult off = new ReplayRunner(ReplayOptions.defaults()).run(pool(), ReplayPolicy.planning(harmony), line -> { });
        PolicyResult on = new ReplayRunner(ReplayOptions.defaults().withReplanOnHeat(true)).run(pool(), ReplayPolicy.planning(harmony), line -> { });

        // Without the trigger the 12:00 plan saw nothing coming: 3 VMs over capacity 13:00-18:00.
        assertThat(off.contentionVmHours()).isEqualTo(15.0);
        assertThat(on.contentionVmHours()).isLessThan(off.contentionVmHours());
        assertThat(on.migrations()).isPositive();

        // Planning after the first overloaded step instead of fifteen minutes of heat ends the contention sooner,
        // with no more migrations.
        PolicyResult early = new ReplayRunner(ReplayOptions.defaults().withReplanOnHeat(true).withReplanOnOverload(true))
                .run(pool(), ReplayPolicy.planning(harmony), line -> { });
        assertThat(early.contentionVmHours()).isLessThan(on.contentionVmHours());
        assertThat(early.migrations()).isLessThanOrEqualTo(on.migrations());
    }
}
