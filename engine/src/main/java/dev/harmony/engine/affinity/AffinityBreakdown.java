package dev.harmony.engine.affinity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a pair's realized affinity came about.
 *
 * @param score           {@code activity · unweighted}, in [-1, 1]
 * @param unweighted      sum of the terms' contributions before activity weighting, in [-1, 1]
 * @param activity        the pair's load relative to capacity mapped to [0, 1); idle pairs get about 0
 * @param terms           the four terms in {@link AffinityTerm} order
 * @param samplesUsed     per resource that counted, intervals where both VMs were measured
 * @param windowIntervals intervals in the window
 * @param traffic         where the communication figure came from
 */
public record AffinityBreakdown(double score, double unweighted, double activity, List<TermValue> terms,
                                Map<Resource, Integer> samplesUsed, int windowIntervals, TrafficSource traffic) {
    public AffinityBreakdown {
        if (!(score >= -1 && score <= 1) || !(unweighted >= -1 && unweighted <= 1)) {
            throw new IllegalArgumentException("score and unweighted score must be within [-1, 1]: " + score + ", " + unweighted);
        }
        if (!(activity >= 0 && activity <= 1)) {
            throw new IllegalArgumentException("activity must be within [0, 1], was " + activity);
        }
        terms = List.copyOf(terms);
        samplesUsed = Collections.unmodifiableMap(new EnumMap<>(samplesUsed));
        Objects.requireNonNull(traffic, "traffic");
    }

    public TermValue term(AffinityTerm term) {
        return terms.stream().filter(t -> t.term() == term).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + term + " term"));
    }

    /** Whether the communication term rests on an estimate rather than a measurement. */
    public boolean trafficEstimated() {
        return traffic == TrafficSource.ESTIMATED;
    }
}
