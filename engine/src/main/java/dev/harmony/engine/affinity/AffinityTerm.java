package dev.harmony.engine.affinity;

/** The terms realized affinity adds up; each value lies in [0, 1] and enters with the sign given here. */
public enum AffinityTerm {
    /** Coincident bursts relative to the shared host's headroom; pushes the score down. */
    CONTENTION(-1),
    /** Multiplexing gain of the summed demand; pushes the score up. */
    COMPLEMENTARITY(1),
    /** Pairwise traffic relative to the pair's network demand; pushes the score up. */
    COMMUNICATION(1),
    /** Same template or guest OS; pushes the score up a little. */
    SHARING(1);

    private final int sign;

    AffinityTerm(int sign) {
        this.sign = sign;
    }

    public int sign() {
        return sign;
    }
}
