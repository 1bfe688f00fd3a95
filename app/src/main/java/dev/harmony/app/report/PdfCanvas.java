package dev.harmony.app.report;

import dev.harmony.engine.report.ChartCanvas;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A {@link ChartCanvas} on a PDF page: chart coordinates (y down from the chart's top) turned into page coordinates. */
final class PdfCanvas implements ChartCanvas {
    private final PDPageContentStream content;
    private final PDFont font;
    private final float left;
    private final float top;

    /** @param left page x of the chart's left edge; @param top page y of its top edge */
    PdfCanvas(PDPageContentStream content, PDFont font, float left, float top) {
        this.content = content;
        this.font = font;
        this.left = left;
        this.top = top;
    }

    @Override
    public void rect(double x, double y, double width, double height, String fill) {
        io(() -> {
            content.setNonStrokingColor(Color.decode(fill));
            content.addRect(px(x), py(y + height), (float) width, (float) height);
            content.fill();
        });
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width) {
        io(() -> {
            content.setStrokingColor(Color.decode(stroke));
            content.setLineWidth((float) width);
            content.setLineDashPattern(new float[0], 0);
            content.moveTo(px(x1), py(y1));
            content.lineTo(px(x2), py(y2));
            content.stroke();
        });
    }

    @Override
    public void polyline(double[] xs, double[] ys, String stroke, double width, boolean dashed) {
        if (xs.length == 0) {
            return;
        }
        io(() -> {
            content.setStrokingColor(Color.decode(stroke));
            content.setLineWidth((float) width);
            content.setLineDashPattern(dashed ? new float[] {5, 3} : new float[0], 0);
            content.moveTo(px(xs[0]), py(ys[0]));
            for (int i = 1; i < xs.length; i++) {
                content.lineTo(px(xs[i]), py(ys[i]));
            }
            content.stroke();
            content.setLineDashPattern(new float[0], 0);
        });
    }

    @Override
    public void text(double x, double y, String text, double size, String colour, Anchor anchor) {
        io(() -> {
            String plain = PdfText.plain(text);
            float w = PdfText.width(font, (float) size, plain);
            float shift = anchor == Anchor.START ? 0 : anchor == Anchor.MIDDLE ? w / 2 : w;
            content.setNonStrokingColor(Color.decode(colour));
            content.beginText();
            content.setFont(font, (float) size);
            content.newLineAtOffset(px(x) - shift, py(y));
            content.showText(plain);
            content.endText();
        });
    }

    private float px(double x) {
        return left + (float) x;
    }

    private float py(double y) {
        return top - (float) y;
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void io(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
