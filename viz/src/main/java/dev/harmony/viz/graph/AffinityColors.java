package dev.harmony.viz.graph;

import javafx.scene.paint.Color;

/**
 * The colours of affinity and load, shared by the graph and the heat map: blue for pairs that
 * complement each other, red for pairs that contend (a diverging scale that reads in greyscale and for
 * the common colour-vision deficiencies), and light-to-dark slate for a VM's load.
 */
public final class AffinityColors {
    /** Complementary pairs, affinity above 0. */
    public static final Color POSITIVE = Color.rgb(33, 102, 172);
    /** Contending pairs, affinity below 0. */
    public static final Color NEGATIVE = Color.rgb(178, 24, 43);
    /** No score known. */
    public static final Color UNKNOWN = Color.rgb(226, 229, 233);
    /** The selected VM's ring. */
    public static final Color SELECTION = Color.rgb(255, 196, 0);
    /** Hosts in maintenance. */
    public static final Color MAINTENANCE = Color.rgb(230, 120, 0);
    private static final Color IDLE = Color.rgb(236, 240, 244);
    private static final Color BUSY = Color.rgb(31, 41, 51);
    private static final Color NEUTRAL = Color.rgb(247, 247, 247);
    private static final int LOAD_BANDS = 8;
    private static final Color[] LOAD = new Color[LOAD_BANDS];

    static {
        for (int b = 0; b < LOAD_BANDS; b++) {
            LOAD[b] = IDLE.interpolate(BUSY, b / (double) (LOAD_BANDS - 1));
        }
    }

    private AffinityColors() {
    }

    /** How many load colours there are; {@link #loadBand(float)} picks one, -1 for unknown. */
    public static int loadBands() {
        return LOAD_BANDS;
    }

    /** The band of a load in [0, 1]; NaN gives -1. */
    public static int loadBand(float load) {
        if (Float.isNaN(load)) {
            return -1;
        }
        return Math.max(0, Math.min(LOAD_BANDS - 1, Math.round(load * (LOAD_BANDS - 1))));
    }

    /** The fill of a load band; -1 gives the unknown colour. */
    public static Color loadColor(int band) {
        return band < 0 ? UNKNOWN : LOAD[band];
    }

    /** A diverging colour for an affinity in [-1, 1]: white at 0, full red at -1, full blue at 1; NaN is grey. */
    public static Color affinity(double score) {
        if (Double.isNaN(score)) {
            return UNKNOWN;
        }
        double s = Math.max(-1, Math.min(1, score));
        return NEUTRAL.interpolate(s < 0 ? NEGATIVE : POSITIVE, Math.pow(Math.abs(s), 0.7));
    }

    /** Text that stays readable on {@link #affinity(double)}'s colour. */
    public static Color textOn(double score) {
        return !Double.isNaN(score) && Math.abs(score) > 0.55 ? Color.WHITE : Color.rgb(33, 33, 33);
    }
}
