package dev.harmony.engine.affinity.features;

import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Joins each row to the {@code k} other rows whose profiles are most similar by cosine, ties going to
 * the lower row. Exact and brute force: {@code n²·d} multiply-adds, split over threads; a zero profile
 * is similar to nothing (cosine 0).
 */
public final class ProfileSimilarityEdges {
    private final int k;
    private final int threads;

    /** @param k neighbours per row, at least 1; @param threads worker threads, at least 1 */
    public ProfileSimilarityEdges(int k, int threads) {
        if (k < 1 || threads < 1) {
            throw new IllegalArgumentException("k and threads must be at least 1, were " + k + ", " + threads);
        }
        this.k = k;
        this.threads = threads;
    }

    /** Directed edges row → neighbour, {@code min(k, rows − 1)} per row, most similar first. */
    public EdgeList of(FeatureMatrix profiles) {
        int n = profiles.rows();
        int d = profiles.cols();
        float[] unit = profiles.values();
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int c = 0; c < d; c++) {
                norm += unit[i * d + c] * unit[i * d + c];
            }
            float scale = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
            for (int c = 0; c < d; c++) {
                unit[i * d + c] *= scale;
            }
        }
        int per = Math.min(k, n - 1);
        if (per <= 0) {
            return new EdgeList(EdgeKind.PROFILE_SIMILARITY, true, new int[0], new int[0], new float[0], new boolean[0]);
        }
        int[] source = new int[n * per];
        int[] target = new int[n * per];
        float[] weight = new float[n * per];
        run(n, (from, to) -> {
            int[] best = new int[per];
            float[] bestSim = new float[per];
            for (int i = from; i < to; i++) {
                nearest(unit, n, d, i, best, bestSim);
                for (int m = 0; m < per; m++) {
                    source[i * per + m] = i;
                    target[i * per + m] = best[m];
                    weight[i * per + m] = bestSim[m];
                }
            }
        });
        return new EdgeList(EdgeKind.PROFILE_SIMILARITY, true, source, target, weight, new boolean[source.length]);
    }

    /** Fills {@code best} with the most similar rows to {@code i}, kept sorted by insertion. */
    private static void nearest(float[] unit, int n, int d, int i, int[] best, float[] bestSim) {
        int per = best.length;
        Arrays.fill(best, -1);
        Arrays.fill(bestSim, Float.NEGATIVE_INFINITY);
        for (int j = 0; j < n; j++) {
            if (j == i) {
                continue;
            }
            float dot = 0;
            for (int c = 0; c < d; c++) {
                dot += unit[i * d + c] * unit[j * d + c];
            }
            // Strictly greater: an equal similarity keeps the lower row that came first.
            if (dot > bestSim[per - 1]) {
                int m = per - 1;
                while (m > 0 && dot > bestSim[m - 1]) {
                    best[m] = best[m - 1];
                    bestSim[m] = bestSim[m - 1];
                    m--;
                }
                best[m] = j;
                bestSim[m] = dot;
            }
        }
    }

    /** A range of rows; each range writes only its own slots. */
    private interface RowRange {
        void run(int from, int to);
    }

    private void run(int n, RowRange body) {
        if (threads == 1 || n < 256) {
            body.run(0, n);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "profile-similarity");
            t.setDaemon(true);
            return t;
        });
        try {
            int chunk = (n + threads - 1) / threads;
            Future<?>[] parts = new Future<?>[threads];
            for (int p = 0; p < threads; p++) {
                int from = Math.min(n, p * chunk);
                int to = Math.min(n, from + chunk);
                parts[p] = pool.submit(() -> body.run(from, to));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("similarity search interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
