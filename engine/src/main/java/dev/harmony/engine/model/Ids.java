package dev.harmony.engine.model;

import java.util.Collection;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** Argument checks shared by the model's records, so every record rejects bad input the same way. */
final class Ids {
    private Ids() {
    }

    static String require(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return id;
    }

    static long nonNegative(long value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative, was " + value);
        }
        return value;
    }

    /** Copies into a sorted, unmodifiable set so records compare and print deterministically. */
    static Set<String> sortedCopy(Collection<String> values, String what) {
        if (values == null) {
            return Set.of();
        }
        SortedSet<String> copy = new TreeSet<>();
        for (String v : values) {
            copy.add(require(v, what));
        }
        return java.util.Collections.unmodifiableSortedSet(copy);
    }
}
