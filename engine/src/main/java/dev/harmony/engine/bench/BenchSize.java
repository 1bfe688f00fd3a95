package dev.harmony.engine.bench;

/** How big a suite's input is: {@code TINY} so a test can run every suite once, {@code FULL} for the promised figures. */
public enum BenchSize {
    TINY,
    FULL;

    /** The tiny or the full value. */
    public int pick(int tiny, int full) {
        return this == TINY ? tiny : full;
    }
}
