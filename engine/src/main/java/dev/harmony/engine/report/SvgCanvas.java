package dev.harmony.engine.report;

import java.util.Locale;

/** A {@link ChartCanvas} that writes an inline SVG element. */
final class SvgCanvas implements ChartCanvas {
    private final StringBuilder svg = new StringBuilder();
    private final double width;
    private final double height;

    SvgCanvas(double width, double height, String label) {
        this.width = width;
        this.height = height;
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\""
                + " role=\"img\" aria-label=\"%s\" font-family=\"Helvetica, Arial, sans-serif\">%n", width, height, width, height,
                HtmlText.escape(label)));
    }

    @Override
    public void rect(double x, double y, double w, double h, String fill) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n", x, y, w, h, fill));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double w) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"/>%n",
                x1, y1, x2, y2, stroke, w));
    }

    @Override
    public void polyline(double[] xs, double[] ys, String stroke, double w, boolean dashed) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", xs[i], ys[i]));
        }
        svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>%n",
                points.toString().trim(), stroke, w, dashed ? " stroke-dasharray=\"5 3\"" : ""));
    }

    @Override
    public void text(double x, double y, String text, double size, String colour, Anchor anchor) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.0f\" fill=\"%s\" text-anchor=\"%s\">%s</text>%n",
                x, y, size, colour, anchor == Anchor.START ? "start" : anchor == Anchor.MIDDLE ? "middle" : "end", HtmlText.escape(text)));
    }

    String finish() {
        return svg + "</svg>\n";
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }
}
