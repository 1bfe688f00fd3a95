package dev.harmony.engine.planner;

import static ai.timefold.solver.core.api.score.stream.Joiners.equal;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.model.Strength;
import java.util.function.Function;

/**
 * The planner's constraints. Hard ones are what a plan may never break; a rule costs 1,000 (as much as
 * a full host's worth of overflow), capacity the overflow in thousandths of capacity. Soft ones are
 * traded against each other in score units. Host loads are charged only for what the placed VMs add to
 * the fixed VMs' load, so a host no placed VM touches costs nothing whatever its fixed load.
 */
public final class PlacementConstraintProvider implements ConstraintProvider {
    static final long RULE = 1000;
    // Shared instances, so the six constraints built on host pressure share one flatten-and-group chain.
    private static final LoadSum LOAD_SUM = new LoadSum();
    private static final Function<VmAssignment, Iterable<HostLoad>> LOADS = VmAssignment::loads;
    private static final Function<HostLoad, HostSlot> HOST = HostLoad::host;
    private static final double[] BALANCE_WEIGHTS = {0.4, 0.3, 0.15, 0.15};

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
            cpuCapacity(f), memoryCapacity(f), diskCapacity(f), networkCapacity(f),
            mustAffinity(f), mustAntiAffinity(f), vmHostMustRules(f), availabilityZones(f), complianceTags(f),
            hostMaintenance(f), excludedVms(f), noReturnToRecentHost(f), moveBudget(f),
            affinityWithFixedNeighbours(f), affinityBetweenPlacedVms(f), migrationCost(f), shouldVmVmRules(f),
            shouldVmHostRules(f), balance(f), headroom(f)};
    }

    private static BiConstraintStream<HostSlot, HostPressure> pressure(ConstraintFactory f) {
        return f.forEach(VmAssignment.class).flattenLast(LOADS).groupBy(HOST, LOAD_SUM);
    }

    // ---- Hard ----

    /** A host's forecast P95 CPU demand, migrations included, must fit its capacity. */
    Constraint cpuCapacity(ConstraintFactory f) {
        return overflow(f, Resource.CPU, "CPU capacity");
    }

    /** The memory provisioned to a host's VMs must fit its memory limit. */
    Constraint memoryCapacity(ConstraintFactory f) {
        return overflow(f, Resource.MEMORY, "Memory capacity");
    }

    /** A host's forecast P95 disk throughput must fit its capacity. */
    Constraint diskCapacity(ConstraintFactory f) {
        return overflow(f, Resource.DISK, "Disk capacity");
    }

    /** A host's forecast P95 network traffic, migrations included, must fit its links. */
    Constraint networkCapacity(ConstraintFactory f) {
        return overflow(f, Resource.NETWORK, "Network capacity");
    }

    private static Constraint overflow(ConstraintFactory f, Resource r, String name) {
        return pressure(f)
                .filter((host, p) -> p.addedOverflowPerMille(r) > 0)
                .penalizeLong(HardSoftLongScore.ONE_HARD, (host, p) -> p.addedOverflowPerMille(r))
                .asConstraint(name);
    }

    /** VMs of a must-affinity rule run on one host. */
    Constraint mustAffinity(ConstraintFactory f) {
        return rulePairs(f, true, Strength.MUST, HardSoftLongScore.ONE_HARD, RULE, "Must affinity");
    }

    /** VMs of a must-anti-affinity rule run on different hosts. */
    Constraint mustAntiAffinity(ConstraintFactory f) {
        return rulePairs(f, false, Strength.MUST, HardSoftLongScore.ONE_HARD, RULE, "Must anti-affinity");
    }

    private static Constraint rulePairs(ConstraintFactory f, boolean together, Strength strength, HardSoftLongScore unit,
                                        long weight, String name) {
        return f.forEach(RulePair.class)
                .filter(p -> p.together() == together && p.strength() == strength)
                .join(VmAssignment.class, equal(RulePair::vmA, VmAssignment::getId))
                .join(VmAssignment.class, equal((p, a) -> p.vmB(), VmAssignment::getId))
                .filter((p, a, b) -> p.brokenBy(a.getHost(), b.getHost()))
                .penalizeLong(unit, (p, a, b) -> weight)
                .asConstraint(name);
    }

    /** A VM runs on a host its must VM-host rules allow. */
    Constraint vmHostMustRules(ConstraintFactory f) {
        return f.forEach(VmAssignment.class)
                .filter(v -> v.facts().rules().breaksMustHost(v.getHost()))
                .penalizeLong(HardSoftLongScore.ONE_HARD, v -> RULE)
                .asConstraint("Must VM-host rule");
    }

    /** A VM runs in an availability zone its zone rules allow. */
    Constraint availabilityZones(ConstraintFactory f) {
        return f.forEach(VmAssignment.class)
                .filter(v -> v.facts().rules().breaksZone(v.getHost()))
                .penalizeLong(HardSoftLongScore.ONE_HARD, v -> RULE)
                .asConstraint("Availability zone");
    }

    /** A VM with compliance tags runs on a host that carries every one of them. */
    Constraint complianceTags(ConstraintFactory f) {
        return f.forEach(VmAssignment.class)
                .filter(v -> v.facts().rules().breaksCompliance(v.getHost()))
                .penalizeLong(HardSoftLongScore.ONE_HARD, v -> RULE)
                .asConstraint("Compliance tag");
    }

    /** No VM runs on a host in maintenance: those on it leave, none arrives. */
    Constraint hostMaintenance(ConstraintFactory f) {
        return f.forEach(VmAssignment.class)
                .filter(v -> v.getHost().closed())
                .penalizeLong(HardSoftLongScore.ONE_HARD, v -> RULE)
                .asConstraint("Host in maintenance");
    }

    /** An excluded VM stays where it runs. */
    Constraint excludedVms(ConstraintFactory f) {
        return f.forEach(VmAssignment.class)
                .filter(v -> v.facts().excluded() && v.moved())
                .penalizeLong(HardSoftLongScore.ONE_HARD, v -> RULE)
                .asConstraint("Excluded VM");
    }

    /** A VM does not go back to a host it left within the hysteresis time (no A→B→A). */
    Constraint noReturnToRecentHost(ConstraintFactory f) {
        return f.forEach(VmAssignment.class)
                .filter(v -> v.moved() && v.getHost().id().equals(v.facts().leftRecently()))
                .penalizeLong(HardSoftLongScore.ONE_HARD, v -> RULE)
                .asConstraint("No return to a recent host");
    }

    /** A plan moves at most the allowed number of VMs, not counting those that must leave a closing host. */
    Constraint moveBudget(ConstraintFactory f) {
        return f.forEach(VmAssignment.class)
                .filter(v -> v.moved() && !v.facts().original().closed())
                .groupBy(ConstraintCollectors.count())
                .join(ScoreSettings.class)
                .filter((moved, s) -> moved > s.maxMoves())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (moved, s) -> RULE * (moved - s.maxMoves()))
                .asConstraint("Move budget");
    }

    // ---- Soft ----

    /** A VM pays for low predicted affinity with the fixed VMs of the host it runs on. */
    Constraint affinityWithFixedNeighbours(ConstraintFactory f) {
        return f.forEach(VmAssignment.class)
                .filter(v -> v.facts().neighbourCostOn(v.getHost()) > 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, v -> v.facts().neighbourCostOn(v.getHost()))
                .asConstraint("Affinity with fixed neighbours");
    }

    /** Two placed VMs on one host pay for their low predicted affinity. */
    Constraint affinityBetweenPlacedVms(ConstraintFactory f) {
        return f.forEachUniquePair(VmAssignment.class, equal(VmAssignment::getHost))
                .filter((a, b) -> a.facts().pairCostWith(b.getId()) > 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (a, b) -> a.facts().pairCostWith(b.getId()))
                .asConstraint("Affinity between placed VMs");
    }

    /** Moving a VM costs its predicted live-migration time. */
    Constraint migrationCost(ConstraintFactory f) {
        return f.forEach(VmAssignment.class)
                .filter(VmAssignment::moved)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, v -> v.facts().migrationCost())
                .asConstraint("Migration cost");
    }

    /** VMs of a should rule run together, or apart, as it asks. */
    Constraint shouldVmVmRules(ConstraintFactory f) {
        return f.forEach(RulePair.class)
                .filter(p -> p.strength() == Strength.SHOULD)
                .join(VmAssignment.class, equal(RulePair::vmA, VmAssignment::getId))
                .join(VmAssignment.class, equal((p, a) -> p.vmB(), VmAssignment::getId))
                .filter((p, a, b) -> p.brokenBy(a.getHost(), b.getHost()))
                .join(ScoreSettings.class)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (p, a, b, s) -> s.shouldRule())
                .asConstraint("Should VM-VM rule");
    }

    /** A VM runs on a host its should VM-host rules prefer. */
    Constraint shouldVmHostRules(ConstraintFactory f) {
        return f.forEach(VmAssignment.class)
                .filter(v -> v.facts().rules().breaksShouldHost(v.getHost()))
                .join(ScoreSettings.class)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (v, s) -> s.shouldRule())
                .asConstraint("Should VM-host rule");
    }

    /** Load spreads evenly: each host pays the square of its peak utilisation, weighted over resources. */
    Constraint balance(ConstraintFactory f) {
        return pressure(f)
                .join(ScoreSettings.class)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (host, p, s) -> Math.max(0, Math.round(s.balance()
                        * (squares(p.peakUtilisation()) - squares(host.basePressure().peakUtilisation())))))
                .asConstraint("Balance");
    }

    /** A host's P95 stays below the headroom target: each resource above it pays the squared shortfall. */
    Constraint headroom(ConstraintFactory f) {
        return pressure(f)
                .join(ScoreSettings.class)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (host, p, s) -> Math.max(0, Math.round(s.headroom()
                        * (shortfall(p.peakUtilisation(), s.headroomTarget())
                        - shortfall(host.basePressure().peakUtilisation(), s.headroomTarget())))))
                .asConstraint("Headroom");
    }

    static double squares(double[] utilisation) {
        double sum = 0;
        for (int r = 0; r < utilisation.length; r++) {
            sum += BALANCE_WEIGHTS[r] * utilisation[r] * utilisation[r];
        }
        return sum;
    }

    static double shortfall(double[] utilisation, double target) {
        double sum = 0;
        for (double u : utilisation) {
            double f = Math.min(1, Math.max(0, (u - target) / (1 - target)));
            sum += f * f;
        }
        return sum;
    }
}
