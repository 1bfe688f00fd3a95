package dev.harmony.engine.affinity.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.harmony.engine.affinity.BitbrainsTestTraces;
import dev.harmony.engine.affinity.DemandPanel;
import dev.harmony.engine.affinity.MeasuredFigures;
import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.affinity.Window;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Features of real Bitbrains VMs over the first week of July 2013, and the similarity search at 10,000 VMs. */
class BitbrainsFeaturesTest {
    private static final Window WEEK_ONE = Window.of(Instant.parse("2013-07-01T00:00:00Z"), Duration.ofDays(7));

    @Test
    void realVmFeaturesArePlausibleAndTheTwoCloneVmsAreEachOthersNearestProfile() {
        List<VmDemand> demands = new ArrayList<>(BitbrainsTestTraces.read(BitbrainsTestTraces.ACTIVE));
        demands.add(BitbrainsTestTraces.read(BitbrainsTestTraces.LATE_STARTER));
        DemandPanel panel = DemandPanel.of(demands, WEEK_ONE);
        // Bitbrains served Dutch business customers; their day follows Amsterdam time.
        FeatureMatrix m = new VmFeatures(new FeatureOptions(ZoneId.of("Europe/Amsterdam"), Resource.CPU, 8))
                .extract(panel);

        for (int row = 0; row < m.rows(); row++) {
            float[] profile = m.select("profile.").row(row);
            MeasuredFigures.log().info(String.format(Locale.ROOT, "real %s: measured %.3f cpu p95 %.0f MHz cov %.2f profile %s",
                    m.rowIds().get(row), m.get(row, m.column("measured_fraction")),
                    Math.expm1(m.get(row, m.column("cpu.p95.ln1p[MHz]"))), m.get(row, m.column("cpu.cov")), Arrays.toString(round(profile))));
            float sum = 0;
            for (float p : profile) {
                sum += p;
            }
            assertThat(sum).isCloseTo(1f, within(1e-4f));
        }
        int late = m.rowIndex().get("rnd-14");
        assertThat(m.get(late, m.column("measured_fraction"))).isZero();
        for (String id : List.of("rnd-56", "rnd-75", "rnd-77", "rnd-192", "rnd-4")) {
            assertThat(m.get(m.rowIndex().get(id), m.column("measured_fraction"))).isGreaterThan(0.95f);
        }
        EdgeList similar = new ProfileSimilarityEdges(1, 1).of(m.select("profile."));
        int r75 = m.rowIndex().get("rnd-75");
        int r77 = m.rowIndex().get("rnd-77");
        assertThat(similar.target(r75)).isEqualTo(r77);
        assertThat(similar.target(r77)).isEqualTo(r75);
    }

    @Test
    void topTenSimilarProfilesOf10000VmsAreFoundAndTimed() {
        Random rnd = new Random(8);
        int n = 10_000;
        float[] v = new float[n * 24];
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add("vm" + i);
            int peak = rnd.nextInt(24);
            for (int h = 0; h < 24; h++) {
                int distance = Math.min(Math.abs(h - peak), 24 - Math.abs(h - peak));
                v[i * 24 + h] = (float) Math.exp(-distance * distance / 8.0) + 0.1f * rnd.nextFloat();
            }
        }
        FeatureMatrix profiles = new FeatureMatrix(ids, GraphEdgesTest.hours(), v);
        int threads = Runtime.getRuntime().availableProcessors();
        long t0 = System.nanoTime();
        EdgeList edges = new ProfileSimilarityEdges(10, threads).of(profiles);
        long t1 = System.nanoTime();

        MeasuredFigures.log().info("top-10 profile similarity: {} VMs, {} edges, {} ms on {} threads",
                n, edges.size(), (t1 - t0) / 1_000_000, threads);
        assertThat(edges.size()).isEqualTo(n * 10);
    }

    private static float[] round(float[] profile) {
        float[] out = new float[profile.length];
        for (int h = 0; h < out.length; h++) {
            out[h] = Math.round(profile[h] * 1000) / 1000f;
        }
        return out;
    }
}
