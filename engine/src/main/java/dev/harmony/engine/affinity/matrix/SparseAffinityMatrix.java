package dev.harmony.engine.affinity.matrix;

import dev.harmony.engine.affinity.Window;
import dev.harmony.engine.affinity.predict.WindowExample;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Predicted affinity of a pool's VM pairs, sparse: each VM's row holds its co-located partners and at
 * most {@code k} other partners with the largest |score|. A pair lives in each row that keeps it, and
 * reads find it in either. Memory is about 9 bytes per entry, so {@code N·(k + host size)} entries in all:
 * a 10,000-VM pool never needs the 10⁸ cells of a dense matrix. Updates replace the given pairs and
 * leave the rest as they were (each entry keeps the flags of its last update). Thread-safe.
 */
public final class SparseAffinityMatrix {
    /** Largest pool {@link #toDense()} agrees to expand. */
    public static final int DENSE_LIMIT = 1000;

    private final List<String> vmIds;
    private final Map<String, Integer> rowById = new HashMap<>();
    private final MatrixRow[] rows;
    private final int k;
    private final List<AffinityMatrixListener> listeners = new CopyOnWriteArrayList<>();
    private Window window;

    /** @param k most non-co-located partners a row keeps, at least 1 */
    public SparseAffinityMatrix(List<String> vmIds, int k) {
        this.vmIds = List.copyOf(vmIds);
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        this.k = k;
        this.rows = new MatrixRow[this.vmIds.size()];
        for (int r = 0; r < rows.length; r++) {
            if (rowById.put(this.vmIds.get(r), r) != null) {
                throw new IllegalArgumentException("VM " + this.vmIds.get(r) + " appears twice");
            }
            rows[r] = new MatrixRow();
        }
    }

    public void addListener(AffinityMatrixListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(AffinityMatrixListener listener) {
        listeners.remove(listener);
    }

    /** Writes the update's pairs into both of their rows, then tells the listeners. */
    public MatrixChange update(MatrixUpdate update) {
        MatrixChange change;
        synchronized (this) {
            int written = 0;
            int dropped = 0;
            for (int p = 0; p < update.size(); p++) {
                int a = row(update.first()[p]);
                int b = row(update.second()[p]);
                byte flag = (byte) ((update.coLocated()[p] ? MatrixRow.CO_LOCATED : 0) | (update.coldStart()[p] ? MatrixRow.COLD : 0));
                int left = rows[a].put(b, update.scores()[p], flag, k);
                int right = rows[b].put(a, update.scores()[p], flag, k);
                written += left >= 0 || right >= 0 ? 1 : 0;
                dropped += Math.max(0, left) + Math.max(0, right) + (left < 0 && right < 0 ? 1 : 0);
            }
            window = update.window();
            change = new MatrixChange(update.window(), written, dropped, entries());
        }
        listeners.forEach(l -> l.matrixUpdated(change));
        return change;
    }

    /**
     * Writes a model's scores for an example's pairs, co-location as the example's placement had it;
     * pairs naming a VM the matrix lacks are skipped.
     */
    public MatrixChange update(WindowExample example, float[] scores) {
        if (scores.length != example.size()) {
            throw new IllegalArgumentException(scores.length + " scores for " + example.size() + " pairs");
        }
        int coColumn = example.pairFeatures().column("co_located");
        int[] first = example.pairs().first();
        int[] second = example.pairs().second();
        List<Integer> kept = new ArrayList<>();
        for (int p = 0; p < first.length; p++) {
            if (rowById.containsKey(example.vmIds().get(first[p])) && rowById.containsKey(example.vmIds().get(second[p]))) {
                kept.add(p);
            }
        }
        int n = kept.size();
        int[] a = new int[n];
        int[] b = new int[n];
        float[] s = new float[n];
        boolean[] co = new boolean[n];
        boolean[] cold = new boolean[n];
        for (int q = 0; q < n; q++) {
            int p = kept.get(q);
            a[q] = rowById.get(example.vmIds().get(first[p]));
            b[q] = rowById.get(example.vmIds().get(second[p]));
            s[q] = scores[p];
            co[q] = coColumn >= 0 && example.pairFeatures().get(p, coColumn) > 0;
            cold[q] = example.coldStart(p);
        }
        return update(new MatrixUpdate(example.target(), a, b, s, co, cold));
    }

    /** The pair's entry, if either VM's row holds it. */
    public synchronized Optional<AffinityEntry> get(String vmA, String vmB) {
        int a = rowOf(vmA);
        int b = rowOf(vmB);
        int e = rows[a].find(b);
        if (e >= 0) {
            return Optional.of(entry(a, rows[a], e));
        }
        e = rows[b].find(a);
        return e >= 0 ? Optional.of(entry(b, rows[b], e)) : Optional.empty();
    }

    /** A VM's row: its co-located partners and strongest other partners, most negative first. */
    public synchronized List<AffinityEntry> row(String vmId) {
        int r = rowOf(vmId);
        List<AffinityEntry> out = new ArrayList<>();
        for (int e = 0; e < rows[r].size(); e++) {
            out.add(entry(r, rows[r], e));
        }
        out.sort(Comparator.comparingDouble(AffinityEntry::score));
        return out;
    }

    /** The {@code n} most negative pairs held, each once, most negative first: the pairs a planner would separate. */
    public synchronized List<AffinityEntry> mostNegative(int n) {
        List<AffinityEntry> all = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            for (int e = 0; e < rows[r].size(); e++) {
                int other = rows[r].partner(e);
                if (r < other || rows[other].find(r) < 0) {
                    all.add(entry(r, rows[r], e));
                }
            }
        }
        all.sort(Comparator.comparingDouble(AffinityEntry::score));
        return List.copyOf(all.subList(0, Math.min(n, all.size())));
    }

    /** Entries held, a pair in both of its rows counting twice. */
    public synchronized long entries() {
        long n = 0;
        for (MatrixRow r : rows) {
            n += r.size();
        }
        return n;
    }

    /** Bytes the rows take, estimated from their array sizes. */
    public synchronized long estimatedBytes() {
        long bytes = 16L + rows.length * 16L;
        for (MatrixRow r : rows) {
            bytes += r.bytes();
        }
        return bytes;
    }

    /** The window of the last update; null before the first. */
    public synchronized Window window() {
        return window;
    }

    public int k() {
        return k;
    }

    public List<String> vmIds() {
        return vmIds;
    }

    /**
     * The matrix as dense rows for a small pool (a heat map), 0 for pairs not held.
     *
     * @throws IllegalStateException above {@link #DENSE_LIMIT} VMs
     */
    public synchronized float[][] toDense() {
        if (rows.length > DENSE_LIMIT) {
            throw new IllegalStateException(rows.length + " VMs are too many for a dense matrix (at most " + DENSE_LIMIT + ")");
        }
        float[][] dense = new float[rows.length][rows.length];
        for (int r = 0; r < rows.length; r++) {
            for (int e = 0; e < rows[r].size(); e++) {
                dense[r][rows[r].partner(e)] = rows[r].score(e);
                dense[rows[r].partner(e)][r] = rows[r].score(e);
            }
        }
        return dense;
    }

    private AffinityEntry entry(int r, MatrixRow row, int e) {
        return new AffinityEntry(vmIds.get(r), vmIds.get(row.partner(e)), row.score(e),
                (row.flags(e) & MatrixRow.CO_LOCATED) != 0, (row.flags(e) & MatrixRow.COLD) != 0);
    }

    private int row(int index) {
        if (index >= rows.length) {
            throw new IllegalArgumentException("row " + index + " is outside the matrix of " + rows.length + " VMs");
        }
        return index;
    }

    private int rowOf(String vmId) {
        Integer r = rowById.get(vmId);
        if (r == null) {
            throw new IllegalArgumentException("VM " + vmId + " is not in the matrix");
        }
        return r;
    }
}
