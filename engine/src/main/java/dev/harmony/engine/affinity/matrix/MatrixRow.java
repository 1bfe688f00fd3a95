package dev.harmony.engine.affinity.matrix;

import java.util.Arrays;

/**
 * One VM's entries: every co-located partner, and at most {@code k} others, the ones with the largest
 * |score| (strong either way is what a planner acts on). Primitive arrays grown by half, 9 bytes per entry.
 */
final class MatrixRow {
    static final byte CO_LOCATED = 1;
    static final byte COLD = 2;

    private int[] partner = new int[0];
    private float[] score = new float[0];
    private byte[] flags = new byte[0];
    private int size;
    private int others;

    int size() {
        return size;
    }

    int partner(int e) {
        return partner[e];
    }

    float score(int e) {
        return score[e];
    }

    byte flags(int e) {
        return flags[e];
    }

    /** Position of a partner's entry, or -1. */
    int find(int other) {
        for (int e = 0; e < size; e++) {
            if (partner[e] == other) {
                return e;
            }
        }
        return -1;
    }

    /** Stores or replaces the entry for {@code other}; returns how many entries left the row (0 or 1), or -1 if rejected. */
    int put(int other, float value, byte flag, int k) {
        int e = find(other);
        boolean coLocated = (flag & CO_LOCATED) != 0;
        if (e >= 0) {
            boolean was = (flags[e] & CO_LOCATED) != 0;
            score[e] = value;
            flags[e] = flag;
            others += (was ? 1 : 0) - (coLocated ? 1 : 0);
            return others > k ? evictWeakestOther() : 0;
        }
        if (coLocated || others < k) {
            append(other, value, flag);
            others += coLocated ? 0 : 1;
            return 0;
        }
        int weakest = weakestOther();
        if (weakest < 0 || Math.abs(score[weakest]) >= Math.abs(value)) {
            return -1;
        }
        partner[weakest] = other;
        score[weakest] = value;
        flags[weakest] = flag;
        return 1;
    }

    /** Bytes the row's arrays take, with the arrays' headers. */
    long bytes() {
        return 3L * 16 + partner.length * 9L + 32;
    }

    private void append(int other, float value, byte flag) {
        if (size == partner.length) {
            int capacity = Math.max(4, size + (size >> 1));
            partner = Arrays.copyOf(partner, capacity);
            score = Arrays.copyOf(score, capacity);
            flags = Arrays.copyOf(flags, capacity);
        }
        partner[size] = other;
        score[size] = value;
        flags[size++] = flag;
    }

    private int evictWeakestOther() {
        int weakest = weakestOther();
        size--;
        partner[weakest] = partner[size];
        score[weakest] = score[size];
        flags[weakest] = flags[size];
        others--;
        return 1;
    }

    private int weakestOther() {
        int weakest = -1;
        for (int e = 0; e < size; e++) {
            if ((flags[e] & CO_LOCATED) == 0 && (weakest < 0 || Math.abs(score[e]) < Math.abs(score[weakest]))) {
                weakest = e;
            }
        }
        return weakest;
    }
}
