package dev.harmony.engine.affinity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.model.Host;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Realized affinity of real Bitbrains VMs over their first week in July 2013. */
class BitbrainsAffinityTest {
    private static final Window WEEK_ONE = Window.of(Instant.parse("2013-07-01T00:00:00Z"), Duration.ofDays(7));
    /** A 16-core 2.6 GHz host with 128 GiB, 10 Gbit/s and 500 MiB/s of disk: a typical host for these VMs. */
    private static final HostCapacity HOST = HostCapacity.of(
            new Host("h1", "h1", "pool", 16, 16 * 2600, 128 * 1024, 10_000, "z1", Set.of(), false), 500 * 1024);
    private static List<VmDemand> active;
    private static VmDemand lateStarter;

    @BeforeAll
    static void readTraces() {
        active = BitbrainsTestTraces.read(BitbrainsTestTraces.ACTIVE);
        lateStarter = BitbrainsTestTraces.read(BitbrainsTestTraces.LATE_STARTER);
    }

    @Test
    void realPairsScoreWithinPlausibleRangesAndArePrinted() {
        RealizedAffinity measure = new RealizedAffinity(AffinityOptions.defaults());
        List<AffinityBreakdown> all = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            for (int j = i + 1; j < active.size(); j++) {
                PairAffinity result = measure.measure(active.get(i), active.get(j), HOST, WEEK_ONE, Optional.empty());
                assertThat(result).as(result.vmA() + "-" + result.vmB()).isInstanceOf(PairAffinity.Scored.class);
                AffinityBreakdown b = ((PairAffinity.Scored) result).breakdown();
                MeasuredFigures.log().info(line(result, b));
                all.add(b);

                assertThat(b.score()).isBetween(-1.0, 1.0);
                // Each trace misses a few samples; the overlap must still be most of the week.
                assertThat(b.samplesUsed().get(Resource.CPU)).isGreaterThan(7 * 288 * 9 / 10);
                // Real VMs never multiplex perfectly, and a P95 of a sum is never more than the P95s summed by much.
                assertThat(b.term(AffinityTerm.COMPLEMENTARITY).value()).isBetween(0.0, 0.95);
            }
        }
        assertThat(all).hasSize(10);
        assertThat(all).anySatisfy(b -> assertThat(b.term(AffinityTerm.COMPLEMENTARITY).value()).isPositive());
    }

    @Test
    void twoEightCoreVmsThatBurstTogetherAreThePoolsWorstPair() {
        // rnd-75 and rnd-77 run the same jobs at the same times, each up to its 8 cores: half the host apiece.
        RealizedAffinity measure = new RealizedAffinity(AffinityOptions.defaults());
        AffinityBreakdown clones = breakdown(measure, "rnd-75", "rnd-77");

        assertThat(clones.term(AffinityTerm.CONTENTION).byResource().get(Resource.CPU)).isGreaterThan(0.9);
        assertThat(clones.score()).isLessThan(-0.3);
        for (String other : List.of("rnd-56", "rnd-192", "rnd-4")) {
            assertThat(Math.abs(breakdown(measure, "rnd-75", other).score())).isLessThan(0.1);
        }
    }

    @Test
    void busyRealPairIsMoreActiveThanAQuietOne() {
        RealizedAffinity measure = new RealizedAffinity(AffinityOptions.defaults());
        AffinityBreakdown busy = breakdown(measure, "rnd-75", "rnd-77");
        AffinityBreakdown quiet = breakdown(measure, "rnd-4", "rnd-192");

        assertThat(busy.activity()).isGreaterThan(quiet.activity());
    }

    @Test
    void realVmThatStartsLateHasNoScoreForTheFirstWeek() {
        PairAffinity result = new RealizedAffinity(AffinityOptions.defaults())
                .measure(active.get(0), lateStarter, HOST, WEEK_ONE, Optional.empty());

        assertThat(result).isInstanceOf(PairAffinity.Insufficient.class);
        MeasuredFigures.log().info(((PairAffinity.Insufficient) result).reason());
    }

    private static AffinityBreakdown breakdown(RealizedAffinity measure, String a, String b) {
        VmDemand da = active.stream().filter(d -> d.vmId().equals(a)).findFirst().orElseThrow();
        VmDemand db = active.stream().filter(d -> d.vmId().equals(b)).findFirst().orElseThrow();
        return ((PairAffinity.Scored) measure.measure(da, db, HOST, WEEK_ONE, Optional.empty())).breakdown();
    }

    private static String line(PairAffinity pair, AffinityBreakdown b) {
        return String.format(Locale.ROOT, "real %s-%s: score %+.4f (unweighted %+.3f x activity %.3f) contention %.3f %s"
                        + " complementarity %.3f %s, samples %s", pair.vmA(), pair.vmB(), b.score(), b.unweighted(),
                b.activity(), b.term(AffinityTerm.CONTENTION).value(), rounded(b.term(AffinityTerm.CONTENTION)),
                b.term(AffinityTerm.COMPLEMENTARITY).value(), rounded(b.term(AffinityTerm.COMPLEMENTARITY)), b.samplesUsed());
    }

    private static String rounded(TermValue t) {
        StringBuilder sb = new StringBuilder("{");
        t.byResource().forEach((r, v) -> sb.append(sb.length() > 1 ? " " : "").append(r.key()).append('=')
                .append(String.format(Locale.ROOT, "%.3f", v)));
        return sb.append('}').toString();
    }
}
