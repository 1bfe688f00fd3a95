package dev.harmony.connectors.lab.trace;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/** Opens a trace file's bytes as lines, unzipping gzip input recognised by its magic bytes. */
final class TraceInput {
    private TraceInput() {
    }

    /** ISO-8859-1 because it maps every byte, so a binary or oddly encoded file fails on content, not decoding. */
    static BufferedReader lines(String file, InputStream raw) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            InputStream data = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
            return new BufferedReader(new InputStreamReader(data, StandardCharsets.ISO_8859_1), 1 << 16);
        } catch (IOException e) {
            throw new TraceFormatException(file, 0, "cannot be opened: " + e.getMessage()
                    + "; expected plain text or gzip", e);
        }
    }

    /** Reads the next line, turning a read failure (such as a truncated gzip stream) into a format error. */
    static String next(BufferedReader reader, String file, int lineNo) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new TraceFormatException(file, lineNo, "read failed (" + e.getMessage()
                    + "); the file may be truncated or not a valid gzip stream", e);
        }
    }

    /** Parses a number, or returns NaN when the text is not one, so callers decide the policy. */
    static double number(String text) {
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
