package dev.harmony.connectors.lab.dataset;

import dev.harmony.connectors.lab.trace.TraceFormat;
import dev.harmony.connectors.lab.trace.TraceFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Tells which trace a set of files holds: {@code .csv}/{@code .csv.gz} files are Bitbrains; files
 * without an extension whose first line is a number are PlanetLab. Licence, readme and index files
 * that travel with the data are ignored.
 */
final class FormatDetector {
    private FormatDetector() {
    }

    /** Whether a file is documentation that travels with a trace rather than trace data. */
    static boolean isDocumentation(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        String lower = base.toLowerCase(Locale.ROOT);
        return base.isEmpty() || base.startsWith(".") || lower.startsWith("license") || lower.startsWith("readme")
                || lower.startsWith("attribution") || lower.startsWith("index") || lower.endsWith(".md")
                || lower.endsWith(".txt") || lower.endsWith(".json") || lower.endsWith(".zip");
    }

    static boolean isBitbrainsName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".csv.gz");
    }

    /** Detects the format from the names, and for PlanetLab from the first line of the first file. */
    static TraceFormat detect(TraceSource source, List<String> dataNames) throws IOException {
        if (dataNames.stream().anyMatch(FormatDetector::isBitbrainsName)) {
            return TraceFormat.BITBRAINS;
        }
        if (!dataNames.isEmpty()) {
            String first;
            try (InputStream in = source.open(dataNames.get(0));
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
                first = r.readLine();
            }
            if (first != null && first.strip().matches("-?\\d+(\\.\\d+)?")) {
                return TraceFormat.PLANETLAB;
            }
        }
        throw new TraceFormatException(source.origin(), 0, "cannot tell the trace format of " + dataNames.size()
                + " file(s); expected Bitbrains GWA-T-12 '.csv'/'.csv.gz' files or PlanetLab files without"
                + " extension holding one integer CPU % per line");
    }
}
