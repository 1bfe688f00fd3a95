package dev.harmony.engine.affinity;

/**
 * Realized affinity of many pairs of one {@link DemandPanel}, column by column. Immutable; read by
 * element, because copying columns of 100,000 pairs on every access would cost more than the scoring.
 * Where {@link #scored(int)} is false the pair had too little overlap and every value reads 0.
 */
public final class PairScores {
    private final Window window;
    private final int[] first;
    private final int[] second;
    private final boolean[] scored;
    private final float[] score;
    private final float[] activity;
    private final float[][] terms;
    private final TrafficSource[] traffic;

    PairScores(Window window, int[] first, int[] second) {
        this.window = window;
        this.first = first;
        this.second = second;
        int n = first.length;
        this.scored = new boolean[n];
        this.score = new float[n];
        this.activity = new float[n];
        this.terms = new float[AffinityTerm.values().length][n];
        this.traffic = new TrafficSource[n];
    }

    /** Copies the scorer's last result into slot k; called once per slot, before the batch is published. */
    void record(int k, boolean ok, PairScorer s) {
        scored[k] = ok;
        traffic[k] = ok ? s.traffic : TrafficSource.UNKNOWN;
        if (ok) {
            score[k] = (float) s.score;
            activity[k] = (float) s.activity;
            terms[AffinityTerm.CONTENTION.ordinal()][k] = (float) s.contentionTerm;
            terms[AffinityTerm.COMPLEMENTARITY.ordinal()][k] = (float) s.complementarityTerm;
            terms[AffinityTerm.COMMUNICATION.ordinal()][k] = (float) s.communicationTerm;
            terms[AffinityTerm.SHARING.ordinal()][k] = (float) s.sharingTerm;
        }
    }

    public Window window() {
        return window;
    }

    /** Number of pairs. */
    public int size() {
        return first.length;
    }

    /** Panel row of the pair's first VM. */
    public int first(int k) {
        return first[k];
    }

    /** Panel row of the pair's second VM. */
    public int second(int k) {
        return second[k];
    }

    public boolean scored(int k) {
        return scored[k];
    }

    /** The score in [-1, 1]; 0 when not scored. */
    public float score(int k) {
        return score[k];
    }

    public float activity(int k) {
        return activity[k];
    }

    /** One term's value in [0, 1], before weighting. */
    public float term(int k, AffinityTerm term) {
        return terms[term.ordinal()][k];
    }

    public TrafficSource traffic(int k) {
        return traffic[k];
    }

    /** How many pairs were scored. */
    public int scoredCount() {
        int n = 0;
        for (boolean b : scored) {
            n += b ? 1 : 0;
        }
        return n;
    }
}
