package dev.harmony.connectors.lab.trace;

import java.util.HashMap;
import java.util.Map;

/**
 * The most frequent non-zero (vCPUs, CPU MHz, memory KiB) triple of a file: the VM's provisioned size.
 * MHz is counted rounded to whole MHz because the trace's per-row MHz differ in the sixth decimal.
 */
final class ModalSize {
    private record Key(int cores, long mhz, long kib) {
    }

    private final Map<Key, Integer> counts = new HashMap<>();

    void add(float cores, float mhz, float kib) {
        if (cores > 0 && mhz > 0 && kib > 0) {
            counts.merge(new Key(Math.round(cores), Math.round(mhz), Math.round(kib)), 1, Integer::sum);
        }
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }

    /** The modal triple as {cores, MHz, KiB}; ties go to the larger memory so a VM is never undersized. */
    float[] modal() {
        Key best = null;
        int bestCount = 0;
        for (Map.Entry<Key, Integer> e : counts.entrySet()) {
            Key k = e.getKey();
            int n = e.getValue();
            if (n > bestCount || (n == bestCount && (k.kib() > best.kib()
                    || (k.kib() == best.kib() && k.cores() * 1_000_000L + k.mhz() > best.cores() * 1_000_000L + best.mhz())))) {
                best = k;
                bestCount = n;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no non-zero size recorded");
        }
        return new float[] {best.cores(), best.mhz(), best.kib()};
    }
}
