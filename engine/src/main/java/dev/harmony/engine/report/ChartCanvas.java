package dev.harmony.engine.report;

/**
 * What a report chart draws on: SVG for HTML, PDF vector graphics for PDF. Coordinates are points from
 * the chart's top-left corner, y growing downwards; colours are {@code #rrggbb}.
 */
public interface ChartCanvas {
    /** Where a text's x coordinate lies along it. */
    enum Anchor { START, MIDDLE, END }

    void rect(double x, double y, double width, double height, String fill);

    void line(double x1, double y1, double x2, double y2, String stroke, double width);

    /** An open line through the points; {@code dashed} for the "before" series. */
    void polyline(double[] xs, double[] ys, String stroke, double width, boolean dashed);

    /** One line of text with its baseline at y. */
    void text(double x, double y, String text, double size, String colour, Anchor anchor);
}
