package dev.harmony.connectors.lab.trace;

import java.util.Locale;

/** Checks the header line of a Bitbrains GWA-T-12 file and tells what the timestamp column claims. */
final class BitbrainsHeader {
    static final String SEPARATOR = ";";
    /** The start of each expected column name; units are left out because they differ between traces. */
    static final String[] COLUMNS = {"Timestamp", "CPU cores", "CPU capacity provisioned", "CPU usage", "CPU usage",
        "Memory capacity provisioned", "Memory usage", "Disk read throughput", "Disk write throughput",
        "Network received throughput", "Network transmitted throughput"};
    static final String EXPECTED = "'Timestamp [ms];\\tCPU cores;\\tCPU capacity provisioned [MHZ];\\t...' (11 columns"
            + " separated by ';' and a TAB)";

    private final String[] names;
    private final boolean claimsMilliseconds;

    private BitbrainsHeader(String[] names) {
        this.names = names;
        this.claimsMilliseconds = names[0].toLowerCase(Locale.ROOT).contains("[ms]");
    }

    /** Validates line 1 or throws naming what was found and what was expected. */
    static BitbrainsHeader parse(String file, String line) {
        if (line == null || line.isBlank()) {
            throw new TraceFormatException(file, line == null ? 0 : 1,
                    (line == null ? "empty file" : "line 1 is blank") + "; expected a header " + EXPECTED + " then data rows");
        }
        String[] fields = line.split(SEPARATOR, -1);
        if (fields.length == 1) {
            String sep = line.contains(",") ? "','" : line.contains("\t") ? "a TAB alone" : "no separator";
            throw new TraceFormatException(file, 1, "wrong separator in header: found " + sep + "; expected " + EXPECTED);
        }
        for (int i = 0; i < fields.length; i++) {
            fields[i] = fields[i].trim();
        }
        if (!Double.isNaN(TraceInput.number(fields[0]))) {
            throw new TraceFormatException(file, 1, "header missing: line 1 is a data row ('" + abbreviate(line)
                    + "'); expected a header " + EXPECTED);
        }
        if (fields.length != COLUMNS.length) {
            throw new TraceFormatException(file, 1, "bad header: " + fields.length + " columns; expected " + EXPECTED);
        }
        for (int i = 0; i < COLUMNS.length; i++) {
            if (!fields[i].toLowerCase(Locale.ROOT).startsWith(COLUMNS[i].toLowerCase(Locale.ROOT))) {
                throw new TraceFormatException(file, 1, "bad header: column " + (i + 1) + " is '" + fields[i]
                        + "'; expected a name starting with '" + COLUMNS[i] + "'");
            }
        }
        return new BitbrainsHeader(fields);
    }

    String column(int index) {
        return names[index];
    }

    boolean claimsMilliseconds() {
        return claimsMilliseconds;
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
