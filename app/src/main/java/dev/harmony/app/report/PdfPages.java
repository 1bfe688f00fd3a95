package dev.harmony.app.report;

import dev.harmony.engine.report.ChartCanvas;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Flows a report onto A4 pages top to bottom: headings, wrapped paragraphs, table rows and charts, a new
 * page whenever the next block would not fit, and a footer on every page once the document is done.
 */
final class PdfPages implements AutoCloseable {
    static final float MARGIN = 42;
    static final PDRectangle SIZE = PDRectangle.A4;
    static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color RULE = new Color(0xbb, 0xbb, 0xbb);
    final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDDocument document;
    private PDPageContentStream content;
    private float y;

    PdfPages(PDDocument document) throws IOException {
        this.document = document;
        newPage();
    }

    void title(String text, String subtitle) throws IOException {
        write(bold, 18, text, MARGIN, INK);
        y -= 16;
        for (String line : PdfText.wrap(regular, 9, subtitle, WIDTH)) {
            write(regular, 9, line, MARGIN, Color.DARK_GRAY);
            y -= 12;
        }
        y -= 4;
    }

    void heading(String text) throws IOException {
        // Room for the heading and a few lines under it, so no heading ends a page alone.
        need(80);
        y -= 8;
        write(bold, 12.5f, text, MARGIN, INK);
        y -= 4;
        content.setStrokingColor(RULE);
        content.setLineWidth(0.6f);
        content.moveTo(MARGIN, y);
        content.lineTo(MARGIN + WIDTH, y);
        content.stroke();
        y -= 13;
    }

    void paragraph(String text, float size) throws IOException {
        for (String line : PdfText.wrap(regular, size, text, WIDTH)) {
            need(size + 4);
            write(regular, size, line, MARGIN, INK);
            y -= size + 3.5f;
        }
        y -= 3;
    }

    /**
     * One table row; each cell wraps within its column, the row as tall as its tallest cell.
     *
     * @param fill background colour, or null
     */
    void row(float[] widths, List<String> cells, boolean header, Color fill, float size) throws IOException {
        PDFont font = header ? bold : regular;
        List<List<String>> wrapped = new java.util.ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> w = PdfText.wrap(font, size, cells.get(i), widths[i] - 4);
            wrapped.add(w);
            lines = Math.max(lines, w.size());
        }
        float height = lines * (size + 2.5f) + 4;
        need(height);
        if (fill != null) {
            content.setNonStrokingColor(fill);
            content.addRect(MARGIN, y - height + size + 1, WIDTH, height);
            content.fill();
        }
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            float lineY = y;
            for (String line : wrapped.get(i)) {
                writeAt(font, size, line, x + 2, lineY, INK);
                lineY -= size + 2.5f;
            }
            x += widths[i];
        }
        y -= height;
        content.setStrokingColor(RULE);
        content.setLineWidth(0.3f);
        content.moveTo(MARGIN, y + size + 1);
        content.lineTo(MARGIN + WIDTH, y + size + 1);
        content.stroke();
    }

    /** A chart of the given height across the text width. */
    void chart(float height, Consumer<ChartCanvas> draw) throws IOException {
        need(height + 6);
        draw.accept(new PdfCanvas(content, regular, MARGIN, y + 8));
        y -= height + 6;
    }

    void space(float points) {
        y -= points;
    }

    private void need(float height) throws IOException {
        if (y - height < MARGIN + 20) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(SIZE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = SIZE.getHeight() - MARGIN - 8;
    }

    private void write(PDFont font, float size, String text, float x, Color colour) throws IOException {
        writeAt(font, size, text, x, y, colour);
    }

    private void writeAt(PDFont font, float size, String text, float x, float atY, Color colour) throws IOException {
        content.setNonStrokingColor(colour);
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, atY);
        content.showText(PdfText.plain(text));
        content.endText();
    }

    /** Ends the last page and writes "plan · page n of m" at the foot of every page. */
    void footer(String label) throws IOException {
        content.close();
        content = null;
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String text = PdfText.plain(label + " | page " + (i + 1) + " of " + pages);
                foot.setNonStrokingColor(Color.GRAY);
                foot.beginText();
                foot.setFont(regular, 8);
                foot.newLineAtOffset(MARGIN, MARGIN - 14);
                foot.showText(text);
                foot.endText();
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
