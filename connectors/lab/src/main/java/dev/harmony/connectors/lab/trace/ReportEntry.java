package dev.harmony.connectors.lab.trace;

import java.util.Objects;

/**
 * One repaired or dropped row, as the report shows it.
 *
 * @param file   the trace file
 * @param line   1-based line number
 * @param field  the column concerned, or {@code row} when the whole row is meant
 * @param issue  what was wrong
 * @param detail what was found and what was done
 */
public record ReportEntry(String file, int line, String field, RowIssue issue, String detail) {
    public ReportEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(issue, "issue");
        detail = detail == null ? "" : detail;
    }

    @Override
    public String toString() {
        return file + ":" + line + " [" + field + "] " + issue + " (" + issue.action().name().toLowerCase(java.util.Locale.ROOT)
                + "): " + detail;
    }
}
