package dev.harmony.engine.affinity.gnn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.affinity.MeasuredFigures;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Measures, without asserting any time: seconds per training epoch on a 500-node graph with about
 * 30 pairs per node, and inference over 10,000 nodes with about 20 pairs each. The figures go to
 * the measured-figures log and to standard output with the core count and backend.
 * The 10,000-node run builds a large graph; it runs when {@code -Dharmony.bench=true} or when
 * its estimate from the 500-node inference stays under ten seconds.
 */
class AffinityGnnBenchmarkTest {
    private static final int FEATURES = 64;
    private static final int PAIR_FEATURES = 8;

    @Test
    void reportsSecondsPerEpochAt500NodesAndInferenceAt10000Nodes() {
        GraphBatch small = SyntheticGraphs.graph(21L, 500, FEATURES, PAIR_FEATURES, 20, 30, true);
        GnnConfig config = GnnConfig.defaults().withEpochs(3);
        try (AffinityGnn model = AffinityGnn.create(config, FEATURES, PAIR_FEATURES)) {
            TrainingReport report = model.train(List.of(small), p -> { });
            // The first epoch pays for warm-up; the rest are the steady state.
            double steady = report.epochs().stream().skip(1).mapToDouble(EpochProgress::seconds).average().orElseThrow();
            report("train 500 nodes x %d pairs, %d features: %.2f s/epoch steady (first %.2f s), %d weights",
                    small.pairCount(), FEATURES, steady, report.epochs().get(0).seconds(), report.parameters());

            long start = System.nanoTime();
            float[] scores = model.predict(small);
            double smallSeconds = (System.nanoTime() - start) / 1e9;
            report("predict 500 nodes x %d pairs: %.3f s", small.pairCount(), smallSeconds);
            assertThat(scores).hasSize(small.pairCount());

            double estimate = smallSeconds * 20;
            if (!Boolean.getBoolean("harmony.bench") && estimate > 10) {
                report("predict 10,000 nodes skipped: estimated %.0f s; run with -Dharmony.bench=true", estimate);
                return;
            }
            GraphBatch large = SyntheticGraphs.graph(22L, 10_000, FEATURES, PAIR_FEATURES, 20, 40, false);
            start = System.nanoTime();
            float[] largeScores = model.predict(large);
            double seconds = (System.nanoTime() - start) / 1e9;
            Runtime rt = Runtime.getRuntime();
            report("predict 10,000 nodes x %d pairs: %.2f s (heap used %d MiB, peak RSS %s)", large.pairCount(), seconds,
                    (rt.totalMemory() - rt.freeMemory()) >> 20, peakResidentMemory());
            assertThat(largeScores).hasSize(large.pairCount());
        }
    }

    /** Peak resident set size from /proc, where there is one: heap plus ND4J's off-heap buffers. */
    private static String peakResidentMemory() {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmHWM:")).map(l -> l.substring(6).trim()).findFirst().orElse("unknown");
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void report(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args) + String.format(Locale.ROOT, " [%d cores, %s]",
                Runtime.getRuntime().availableProcessors(), AffinityGnn.backend());
        MeasuredFigures.log().info(line);
        System.out.println("GNN bench: " + line);
    }
}
