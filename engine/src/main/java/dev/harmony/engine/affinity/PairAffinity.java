package dev.harmony.engine.affinity;

import java.util.OptionalDouble;

/** The realized affinity of two VMs over a window: a score with its breakdown, or why there is none. */
public sealed interface PairAffinity permits PairAffinity.Scored, PairAffinity.Insufficient {
    /** The VM whose id sorts first. */
    String vmA();

    /** The other VM. */
    String vmB();

    Window window();

    /** The score, empty when the data did not suffice. */
    default OptionalDouble score() {
        return this instanceof Scored s ? OptionalDouble.of(s.breakdown().score()) : OptionalDouble.empty();
    }

    /**
     * A measured affinity.
     *
     * @param vmA       the VM whose id sorts first
     * @param vmB       the other VM
     * @param window    the window measured
     * @param breakdown score and terms
     */
    record Scored(String vmA, String vmB, Window window, AffinityBreakdown breakdown) implements PairAffinity {
        public Scored {
            PairIds.requireOrdered(vmA, vmB);
        }
    }

    /**
     * No score: no resource had enough intervals where both VMs were measured.
     *
     * @param vmA            the VM whose id sorts first
     * @param vmB            the other VM
     * @param window         the window asked for
     * @param overlapSamples the largest overlap any resource had
     * @param requiredSamples the overlap a resource needs
     */
    record Insufficient(String vmA, String vmB, Window window, int overlapSamples, int requiredSamples)
            implements PairAffinity {
        public Insufficient {
            PairIds.requireOrdered(vmA, vmB);
        }

        public String reason() {
            return "insufficient data: " + vmA + " and " + vmB + " were measured together in " + overlapSamples
                    + " intervals of " + window + ", " + requiredSamples + " needed";
        }
    }
}
