package dev.harmony.engine.affinity;

import static dev.harmony.engine.affinity.SyntheticDemand.DAY;
import static dev.harmony.engine.affinity.SyntheticDemand.HOST;
import static dev.harmony.engine.affinity.SyntheticDemand.constant;
import static dev.harmony.engine.affinity.SyntheticDemand.cpu;
import static dev.harmony.engine.affinity.SyntheticDemand.daily;
import static dev.harmony.engine.affinity.SyntheticDemand.days;
import static dev.harmony.engine.affinity.SyntheticDemand.vm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The realized-affinity formula on hand-made series whose answer is known. */
class RealizedAffinityTest {
    private final RealizedAffinity measure = new RealizedAffinity(AffinityOptions.defaults());

    private AffinityBreakdown scored(VmDemand a, VmDemand b, HostCapacity host) {
        PairAffinity result = measure.measure(a, b, host, days(3), Optional.empty());
        assertThat(result).isInstanceOf(PairAffinity.Scored.class);
        return ((PairAffinity.Scored) result).breakdown();
    }

    @Test
    void pairWhosePeaksCoincideScoresNegative() {
        float[] busyByDay = daily(3, DAY / 2, 0, 400, 4000);
        AffinityBreakdown b = scored(cpu(vm("a"), busyByDay), cpu(vm("b"), busyByDay), HOST);

        assertThat(b.term(AffinityTerm.COMPLEMENTARITY).value()).isZero();
        assertThat(b.term(AffinityTerm.CONTENTION).byResource().get(Resource.CPU)).isGreaterThan(0.5);
        assertThat(b.score()).isNegative();
    }

    @Test
    void pairWithOppositePeaksScoresPositiveWithoutContention() {
        AffinityBreakdown b = scored(cpu(vm("a"), daily(3, DAY / 2, 0, 400, 4000)),
                cpu(vm("b"), daily(3, DAY / 2, DAY / 2, 400, 4000)), HOST);

        // The sum is flat at 4,400 MHz against 8,000 MHz of separate peaks: a gain of 0.45, doubled to 0.9.
        assertThat(b.term(AffinityTerm.COMPLEMENTARITY).byResource().get(Resource.CPU)).isCloseTo(0.9, within(1e-6));
        assertThat(b.term(AffinityTerm.CONTENTION).value()).isZero();
        assertThat(b.score()).isPositive();
    }

    @Test
    void antiCorrelatedPairIsMoreComplementaryThanCorrelatedPair() {
        float[] day = daily(3, DAY / 3, 0, 300, 3000);
        AffinityBreakdown correlated = scored(cpu(vm("a"), day), cpu(vm("b"), day), HOST);
        AffinityBreakdown opposite = scored(cpu(vm("a"), day), cpu(vm("b"), daily(3, DAY / 3, DAY / 2, 300, 3000)), HOST);

        assertThat(opposite.term(AffinityTerm.COMPLEMENTARITY).value())
                .isGreaterThan(correlated.term(AffinityTerm.COMPLEMENTARITY).value() + 0.2);
        assertThat(opposite.score()).isGreaterThan(correlated.score());
    }

    @Test
    void idlePairScoresAboutZeroWhileTheSameShapeUnderLoadDoesNot() {
        float[] busy = daily(3, DAY / 2, 0, 400, 4000);
        float[] idleShape = daily(3, DAY / 2, 0, 0.4f, 4f);
        int n = busy.length;
        VmDemand idleA = SyntheticDemand.of(vm("a"), idleShape, constant(n, 40_000), constant(n, 1), constant(n, 0.1f));
        VmDemand idleB = SyntheticDemand.of(vm("b"), idleShape, constant(n, 40_000), constant(n, 1), constant(n, 0.1f));

        AffinityBreakdown idle = scored(idleA, idleB, HOST);
        AffinityBreakdown loaded = scored(cpu(vm("a"), busy), cpu(vm("b"), busy), HOST);

        assertThat(idle.activity()).isLessThan(0.02);
        assertThat(Math.abs(idle.score())).isLessThan(0.01);
        assertThat(Math.abs(loaded.score())).isGreaterThan(0.1);
    }

    @Test
    void contentionRisesWhenTheSharedHostShrinks() {
        float[] a = daily(3, DAY / 4, 0, 200, 1200);
        float[] b = daily(3, DAY / 4, 10, 200, 1000);
        AffinityBreakdown big = scored(cpu(vm("a"), a), cpu(vm("b"), b), HOST.scaled(4));
        AffinityBreakdown small = scored(cpu(vm("a"), a), cpu(vm("b"), b), HOST);

        double bigCpu = big.term(AffinityTerm.CONTENTION).byResource().get(Resource.CPU);
        double smallCpu = small.term(AffinityTerm.CONTENTION).byResource().get(Resource.CPU);
        assertThat(bigCpu).isPositive().isLessThan(1);
        assertThat(smallCpu).isCloseTo(4 * bigCpu, within(1e-6));
        assertThat(small.score()).isLessThan(big.score());
    }

    @Test
    void pairsWithTheSameTemplateShareMoreThanPairsWithOnlyTheSameGuestOs() {
        float[] load = daily(3, DAY / 2, 0, 400, 4000);
        AffinityBreakdown template = scored(cpu(vm("a", "linux", "web"), load), cpu(vm("b", "linux", "web"), load), HOST);
        AffinityBreakdown os = scored(cpu(vm("a", "linux", "web"), load), cpu(vm("b", "linux", "db"), load), HOST);
        AffinityBreakdown none = scored(cpu(vm("a", "linux", ""), load), cpu(vm("b", "windows", ""), load), HOST);

        assertThat(template.term(AffinityTerm.SHARING).value()).isEqualTo(1);
        assertThat(os.term(AffinityTerm.SHARING).value()).isEqualTo(0.5);
        assertThat(none.term(AffinityTerm.SHARING).value()).isZero();
        assertThat(template.score()).isGreaterThan(os.score()).isGreaterThan(none.score());
    }

    @Test
    void breakdownNamesTheWindowLengthAndTheSamplesUsed() {
        float[] load = daily(3, DAY / 2, 0, 400, 4000);
        load[5] = Float.NaN;
        AffinityBreakdown b = scored(cpu(vm("a"), load), cpu(vm("b"), daily(3, DAY / 2, 7, 400, 4000)), HOST);

        assertThat(b.windowIntervals()).isEqualTo(3 * DAY);
        assertThat(b.samplesUsed()).containsEntry(Resource.CPU, 3 * DAY - 1).containsEntry(Resource.MEMORY, 3 * DAY);
        assertThat(b.traffic()).isEqualTo(TrafficSource.UNKNOWN);
        assertThat(b.terms()).extracting(TermValue::term).containsExactly(AffinityTerm.values());
    }
}
