package dev.harmony.connectors.lab.trace;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Gathers one file's findings while it is parsed; {@link #report} freezes them into a {@link ParseReport}. */
final class ReportCollector {
    /** Entries kept per file and issue, so a file with 20,000 zero rows does not flood the report. */
    static final int ENTRIES_PER_ISSUE = 5;

    private final String file;
    private final EnumMap<RowIssue, Long> issues = new EnumMap<>(RowIssue.class);
    private final List<String> notes = new ArrayList<>();
    private final List<ReportEntry> entries = new ArrayList<>();
    private long rows;
    private long repairedRows;
    private long droppedRows;
    private long unreadableRows;
    private int firstUnreadableLine;
    private String firstUnreadableDetail = "";
    private long missingIntervals;

    ReportCollector(String file) {
        this.file = file;
    }

    void rowRead() {
        rows++;
    }

    /** Records an issue of a row that is still kept (a repair) or not, and counts the row once. */
    void issue(int line, String field, RowIssue issue, String detail) {
        long n = issues.merge(issue, 1L, Long::sum);
        if (n <= ENTRIES_PER_ISSUE) {
            entries.add(new ReportEntry(file, line, field, issue, detail));
        }
        if (issue.unreadable() && unreadableRows++ == 0) {
            firstUnreadableLine = line;
            firstUnreadableDetail = issue.meaning() + (detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    void rowDropped(int line, String field, RowIssue issue, String detail) {
        issue(line, field, issue, detail);
        droppedRows++;
    }

    /** Counts a kept row as repaired; call once per row however many fields were repaired. */
    void rowRepaired() {
        repairedRows++;
    }

    /** Adds a file-level finding, e.g. the timestamp unit fix. */
    void note(String note) {
        notes.add(file + ": " + note);
    }

    void missingIntervals(long n) {
        missingIntervals += n;
    }

    long rows() {
        return rows;
    }

    /** Throws when more than half the rows were unreadable, naming the first such line. */
    void rejectIfMostlyUnreadable(double maxShare) {
        if (rows > 0 && unreadableRows > maxShare * rows) {
            throw new TraceFormatException(file, firstUnreadableLine, unreadableRows + " of " + rows
                    + " data rows are unreadable, over the " + Math.round(maxShare * 100) + " % limit; first at line "
                    + firstUnreadableLine + ": " + firstUnreadableDetail + "; file rejected");
        }
    }

    ParseReport report() {
        for (Map.Entry<RowIssue, Long> e : issues.entrySet()) {
            if (e.getValue() > ENTRIES_PER_ISSUE) {
                notes.add(file + ": " + e.getValue() + " rows with " + e.getKey() + " ("
                        + e.getKey().meaning() + "), first " + ENTRIES_PER_ISSUE + " listed");
            }
        }
        return new ParseReport(1, List.of(), rows, repairedRows, droppedRows, issues, missingIntervals, notes, entries);
    }
}
