package dev.harmony.engine.affinity;

/** The id order shared by every pair result, so a(i, j) and a(j, i) are the same record. */
final class PairIds {
    private PairIds() {
    }

    static void requireOrdered(String a, String b) {
        if (a == null || b == null || a.compareTo(b) >= 0) {
            throw new IllegalArgumentException("pair ids must be distinct and ordered: " + a + ", " + b);
        }
    }
}
