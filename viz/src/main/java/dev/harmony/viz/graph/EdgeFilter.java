package dev.harmony.viz.graph;

/** Which pairs the graph draws, by the sign of their affinity. */
public enum EdgeFilter {
    ALL("All pairs"),
    CONFLICTS("Conflicts (negative)"),
    COMPLEMENTARY("Complementary (positive)");

    private final String label;

    EdgeFilter(String label) {
        this.label = label;
    }

    /** Whether a pair with this affinity passes. */
    public boolean keeps(float score) {
        return switch (this) {
            case ALL -> true;
            case CONFLICTS -> score < 0;
            case COMPLEMENTARY -> score > 0;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
