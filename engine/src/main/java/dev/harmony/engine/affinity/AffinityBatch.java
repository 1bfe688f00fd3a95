package dev.harmony.engine.affinity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Realized affinity for many pairs of one {@link DemandPanel}: every pair of a small pool, or a list of
 * candidate pairs (co-located plus nearest neighbours) of a large one. Work is split over a fixed
 * number of threads, each with its own {@link PairScorer}.
 */
public final class AffinityBatch {
    private final DemandPanel panel;
    private final AffinityOptions options;
    private final int threads;

    /** @param threads worker threads, at least 1; 1 scores on the calling thread */
    public AffinityBatch(DemandPanel panel, AffinityOptions options, int threads) {
        this.panel = Objects.requireNonNull(panel, "panel");
        this.options = Objects.requireNonNull(options, "options");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    /** Every unordered pair of the panel, {@code n(n−1)/2} of them, in row-major order (0-1, 0-2, …, 1-2, …). */
    public PairScores all(PairHosts hosts, PairTraffic traffic) {
        int n = panel.size();
        long count = (long) n * (n - 1) / 2;
        if (count > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(n + " VMs have too many pairs to score all; pass candidate pairs");
        }
        int[] first = new int[(int) count];
        int[] second = new int[(int) count];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                first[k] = i;
                second[k++] = j;
            }
        }
        return score(first, second, hosts, traffic);
    }

    /** The given pairs of panel rows; {@code first[k]} and {@code second[k]} form pair k. */
    public PairScores pairs(int[] first, int[] second, PairHosts hosts, PairTraffic traffic) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("pair arrays differ in length: " + first.length + " vs " + second.length);
        }
        for (int k = 0; k < first.length; k++) {
            checkRow(first[k]);
            checkRow(second[k]);
        }
        return score(first.clone(), second.clone(), hosts, traffic);
    }

    private PairScores score(int[] first, int[] second, PairHosts hosts, PairTraffic traffic) {
        Objects.requireNonNull(hosts, "hosts");
        Objects.requireNonNull(traffic, "traffic");
        PairScores out = new PairScores(panel.window(), first, second);
        if (threads == 1 || first.length < 1000) {
            scoreRange(out, 0, first.length, hosts, traffic);
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "affinity-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> parts = new ArrayList<>();
            int chunk = (first.length + threads - 1) / threads;
            for (int from = 0; from < first.length; from += chunk) {
                int start = from;
                int end = Math.min(first.length, from + chunk);
                parts.add(pool.submit(() -> scoreRange(out, start, end, hosts, traffic)));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("affinity batch interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    private void scoreRange(PairScores out, int from, int to, PairHosts hosts, PairTraffic traffic) {
        PairScorer scorer = new PairScorer(panel, options);
        for (int k = from; k < to; k++) {
            int i = out.first(k);
            int j = out.second(k);
            out.record(k, scorer.compute(i, j, hosts.shared(i, j), traffic.between(i, j)), scorer);
        }
    }

    private void checkRow(int row) {
        if (row < 0 || row >= panel.size()) {
            throw new IllegalArgumentException("row " + row + " is outside the panel of " + panel.size() + " VMs");
        }
    }
}
