package dev.harmony.app.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Text for the PDF's standard fonts (WinAnsi): characters they lack replaced, lines wrapped to a width. */
final class PdfText {
    private PdfText() {
    }

    /** The text with arrows, dashes and quotes the standard fonts cannot show spelt in plain characters. */
    static String plain(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '→' -> b.append("->");
                case '–', '—', '−' -> b.append('-');
                case '…' -> b.append("...");
                case '“', '”' -> b.append('"');
                case '‘', '’' -> b.append('\'');
                case '·' -> b.append('|');
                case '\n', '\r', '\t' -> b.append(' ');
                default -> b.append(ch < 0x20 || ch > 0xFF ? '?' : ch);
            }
        }
        return b.toString();
    }

    static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text broken at spaces into lines no wider than {@code width}; a word wider than that is cut. */
    static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : plain(text).split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            line.setLength(0);
            String rest = word;
            while (width(font, size, rest) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(font, size, rest.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
