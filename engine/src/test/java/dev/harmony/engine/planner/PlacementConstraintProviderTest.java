package dev.harmony.engine.planner;

import static dev.harmony.engine.planner.SolverFixtures.host;
import static dev.harmony.engine.planner.SolverFixtures.on;
import static dev.harmony.engine.planner.SolverFixtures.settings;
import static dev.harmony.engine.planner.SolverFixtures.vm;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.model.Strength;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One test per constraint of {@link PlacementConstraintProvider}. */
class PlacementConstraintProviderTest {
    private final ConstraintVerifier<PlacementConstraintProvider, PlacementSolution> verifier =
            ConstraintVerifier.build(new PlacementConstraintProvider(), PlacementSolution.class, VmAssignment.class);
    private final HostSlot h1 = host(0, "h1");
    private final HostSlot h2 = host(1, "h2");

    private static HostRules rules(Set<String> mustOn, Set<String> shouldOn, Set<String> zones, Set<String> tags) {
        return new HostRules(mustOn, Set.of(), shouldOn, Set.of(), zones, tags);
    }

    @Test
    void cpuCapacityChargesTheShareOfCapacityAHostsP95Exceeds() {
        VmAssignment a = on(vm("a", h1).flat(Resource.CPU, 6000).build(), h1);
        VmAssignment b = on(vm("b", h2).flat(Resource.CPU, 6000).build(), h1);
        verifier.verifyThat(PlacementConstraintProvider::cpuCapacity).given(a, b).penalizesBy(200);
    }

    @Test
    void memoryCapacityChargesProvisionedMemoryAboveTheHostsLimit() {
        VmAssignment a = on(vm("a", h1).memoryMib(40_000).build(), h1);
        VmAssignment b = on(vm("b", h2).memoryMib(40_000).build(), h1);
        verifier.verifyThat(PlacementConstraintProvider::memoryCapacity).given(a, b).penalizesBy(221);
    }

    @Test
    void diskCapacityChargesDiskThroughputAboveCapacity() {
        VmAssignment a = on(vm("a", h1).flat(Resource.DISK, 600_000).build(), h1);
        VmAssignment b = on(vm("b", h1).flat(Resource.DISK, 600_000).build(), h1);
        verifier.verifyThat(PlacementConstraintProvider::diskCapacity).given(a, b).penalizesBy(200);
    }

    @Test
    void networkCapacityCountsTheMigrationTrafficOfAVmMovingIn() {
        double[] link = {0, 0, 0, 100_000};
        VmAssignment moved = on(vm("a", h1).flat(Resource.NETWORK, 200_000).overheads(link, link).build(), h2);
        VmAssignment stays = on(vm("b", h1).flat(Resource.NETWORK, 200_000).overheads(link, link).build(), h1);
        verifier.verifyThat(PlacementConstraintProvider::networkCapacity).given(moved, stays).penalizesBy(200 + 200);
    }

    @Test
    void mustAffinityChargesARulePairSplitOverTwoHosts() {
        VmAssignment a = on(vm("a", h1).build(), h1);
        VmAssignment b = on(vm("b", h1).build(), h2);
        RulePair rule = new RulePair("web", "a", "b", true, Strength.MUST);
        verifier.verifyThat(PlacementConstraintProvider::mustAffinity).given(rule, a, b).penalizesBy(1000);
    }

    @Test
    void mustAntiAffinityChargesARulePairSharingAHost() {
        VmAssignment a = on(vm("a", h1).build(), h1);
        VmAssignment b = on(vm("b", h2).build(), h1);
        RulePair rule = new RulePair("db", "a", "b", false, Strength.MUST);
        RulePair should = new RulePair("soft", "a", "b", false, Strength.SHOULD);
        verifier.verifyThat(PlacementConstraintProvider::mustAntiAffinity).given(rule, should, a, b).penalizesBy(1000);
    }

    @Test
    void vmHostMustRulesChargeAVmOutsideItsHostGroup() {
        VmAssignment a = on(vm("a", h1).rules(rules(Set.of("h1"), Set.of(), Set.of(), Set.of())).build(), h2);
        verifier.verifyThat(PlacementConstraintProvider::vmHostMustRules).given(a).penalizesBy(1000);
    }

    @Test
    void availabilityZonesChargeAVmOutsideItsZones() {
        HostSlot zoneB = host(2, "h3", "zone-b", Set.of(), false);
        VmAssignment a = on(vm("a", h1).rules(rules(Set.of(), Set.of(), Set.of("zone-a"), Set.of())).build(), zoneB);
        verifier.verifyThat(PlacementConstraintProvider::availabilityZones).given(a).penalizesBy(1000);
    }

    @Test
    void complianceTagsChargeAVmOnAHostWithoutItsTag() {
        HostSlot pci = host(2, "h3", "zone-a", Set.of("pci"), false);
        VmAssignment onPci = on(vm("a", pci).rules(rules(Set.of(), Set.of(), Set.of(), Set.of("pci"))).build(), pci);
        VmAssignment off = on(vm("b", pci).rules(rules(Set.of(), Set.of(), Set.of(), Set.of("pci"))).build(), h1);
        verifier.verifyThat(PlacementConstraintProvider::complianceTags).given(onPci, off).penalizesBy(1000);
    }

    @Test
    void hostMaintenanceChargesEveryVmStillOnAClosedHost() {
        HostSlot closed = host(2, "h3", "zone-a", Set.of(), true);
        VmAssignment a = on(vm("a", closed).build(), closed);
        VmAssignment b = on(vm("b", closed).build(), h1);
        verifier.verifyThat(PlacementConstraintProvider::hostMaintenance).given(a, b).penalizesBy(1000);
    }

    @Test
    void excludedVmsChargeAnExcludedVmThatMoves() {
        VmAssignment moved = on(vm("a", h1).excluded(true).build(), h2);
        VmAssignment stays = on(vm("b", h1).excluded(true).build(), h1);
        verifier.verifyThat(PlacementConstraintProvider::excludedVms).given(moved, stays).penalizesBy(1000);
    }

    @Test
    void noReturnToRecentHostChargesAVmSentBackToTheHostItJustLeft() {
        VmAssignment back = on(vm("a", h1).leftRecently("h2").build(), h2);
        VmAssignment elsewhere = on(vm("b", h1).leftRecently("h3").build(), h2);
        verifier.verifyThat(PlacementConstraintProvider::noReturnToRecentHost).given(back, elsewhere).penalizesBy(1000);
    }

    @Test
    void moveBudgetChargesEachMoveBeyondTheLimit() {
        VmAssignment a = on(vm("a", h1).build(), h2);
        VmAssignment b = on(vm("b", h1).build(), h2);
        VmAssignment c = on(vm("c", h1).build(), h2);
        VmAssignment d = on(vm("d", h1).build(), h1);
        verifier.verifyThat(PlacementConstraintProvider::moveBudget).given(settings(1), a, b, c, d).penalizesBy(2000);
    }

    @Test
    void affinityWithFixedNeighboursChargesTheCostOfTheHostTheVmRunsOn() {
        VmAssignment a = on(vm("a", h1).neighbourCost(new long[] {10, 70}).build(), h2);
        verifier.verifyThat(PlacementConstraintProvider::affinityWithFixedNeighbours).given(a).penalizesBy(70);
    }

    @Test
    void affinityBetweenPlacedVmsChargesALowAffinityPairOnlyWhileItSharesAHost() {
        VmAssignment a = on(vm("a", h1).pairCost("b", 50).pairCost("c", 40).build(), h1);
        VmAssignment b = on(vm("b", h1).pairCost("a", 50).build(), h1);
        VmAssignment c = on(vm("c", h1).pairCost("a", 40).build(), h2);
        verifier.verifyThat(PlacementConstraintProvider::affinityBetweenPlacedVms).given(a, b, c).penalizesBy(50);
    }

    @Test
    void migrationCostChargesOnlyTheVmsThatMove() {
        VmAssignment moved = on(vm("a", h1).migrationCost(30).build(), h2);
        VmAssignment stays = on(vm("b", h1).migrationCost(99).build(), h1);
        verifier.verifyThat(PlacementConstraintProvider::migrationCost).given(moved, stays).penalizesBy(30);
    }

    @Test
    void shouldVmVmRulesChargeABrokenShouldRule() {
        VmAssignment a = on(vm("a", h1).build(), h1);
        VmAssignment b = on(vm("b", h1).build(), h2);
        RulePair rule = new RulePair("prefer-together", "a", "b", true, Strength.SHOULD);
        verifier.verifyThat(PlacementConstraintProvider::shouldVmVmRules).given(settings(10), rule, a, b).penalizesBy(100);
    }

    @Test
    void shouldVmHostRulesChargeAVmOffItsPreferredHosts() {
        VmAssignment a = on(vm("a", h1).rules(rules(Set.of(), Set.of("h1"), Set.of(), Set.of())).build(), h2);
        verifier.verifyThat(PlacementConstraintProvider::shouldVmHostRules).given(settings(10), a).penalizesBy(100);
    }

    @Test
    void balanceChargesTheWeightedSquareOfPeakUtilisation() {
        // CPU at 50 %: 0.4 × 0.25 = 0.1; memory at 1/64: 0.3 × (1/64)² ≈ 0.00007; × 1000 → 100.
        VmAssignment a = on(vm("a", h1).flat(Resource.CPU, 5000).build(), h1);
        verifier.verifyThat(PlacementConstraintProvider::balance).given(settings(10), a).penalizesBy(100);
    }

    @Test
    void headroomChargesTheSquaredShortfallAboveTheTarget() {
        // CPU P95 at 85 %: halfway from the 70 % target to full, squared: 0.25 × 1000.
        VmAssignment a = on(vm("a", h1).flat(Resource.CPU, 8500).build(), h1);
        verifier.verifyThat(PlacementConstraintProvider::headroom).given(settings(10), a).penalizesBy(250);
    }
}
