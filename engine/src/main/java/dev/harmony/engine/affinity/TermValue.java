package dev.harmony.engine.affinity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One term of a pair's affinity.
 *
 * @param term       which term
 * @param value      its value in [0, 1]
 * @param weight     its weight
 * @param byResource per-resource values that were averaged into {@code value}; empty for pair-level terms
 */
public record TermValue(AffinityTerm term, double value, double weight, Map<Resource, Double> byResource) {
    public TermValue {
        Objects.requireNonNull(term, "term");
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(term + " value must be within [0, 1], was " + value);
        }
        byResource = byResource.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(byResource));
    }

    /** Signed share of the score before activity weighting: {@code sign · weight · value}. */
    public double contribution() {
        return term.sign() * weight * value;
    }
}
