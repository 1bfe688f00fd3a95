package dev.harmony.viz.whatif;

/**
 * One figure of a run, ready to show, e.g. {@code Contention} and {@code 1 event, 0.3 h}.
 *
 * @param label what it is
 * @param value its value with unit
 */
public record FigureRow(String label, String value) {
}
