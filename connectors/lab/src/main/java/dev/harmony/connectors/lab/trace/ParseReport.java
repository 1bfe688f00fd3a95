package dev.harmony.connectors.lab.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What reading one or more trace files found and did: rows read, rows repaired and dropped (also per
 * reason), intervals left missing on the 300 s grid, file-level notes (such as the timestamp unit fix),
 * rejected files, and a capped sample of per-row entries naming file, line and field.
 *
 * @param filesRead        files parsed into a VM
 * @param rejectedFiles    messages of files rejected by the policy
 * @param rowsRead         data rows read (header excluded)
 * @param repairedRows     rows kept after a repair
 * @param droppedRows      rows dropped
 * @param issues           count of each issue found (a row may have more than one)
 * @param missingIntervals grid intervals without any measurement, over all VMs
 * @param notes            file-level findings and summaries
 * @param entries          per-row entries, at most {@link ReportCollector#ENTRIES_PER_ISSUE} per file and issue
 */
public record ParseReport(
        int filesRead,
        List<String> rejectedFiles,
        long rowsRead,
        long repairedRows,
        long droppedRows,
        Map<RowIssue, Long> issues,
        long missingIntervals,
        List<String> notes,
        List<ReportEntry> entries) {

    public ParseReport {
        rejectedFiles = List.copyOf(rejectedFiles);
        EnumMap<RowIssue, Long> copy = new EnumMap<>(RowIssue.class);
        copy.putAll(Objects.requireNonNull(issues, "issues"));
        issues = Collections.unmodifiableMap(copy);
        notes = List.copyOf(notes);
        entries = List.copyOf(entries);
    }

    /** The report of nothing read. */
    public static ParseReport empty() {
        return new ParseReport(0, List.of(), 0, 0, 0, Map.of(), 0, List.of(), List.of());
    }

    /** How often an issue was found. */
    public long count(RowIssue issue) {
        return issues.getOrDefault(issue, 0L);
    }

    /** Counts of the issues the policy repairs, by reason. */
    public Map<RowIssue, Long> repairedByReason() {
        return byAction(RowIssue.Action.REPAIRED);
    }

    /** Counts of the issues the policy drops, by reason. */
    public Map<RowIssue, Long> droppedByReason() {
        return byAction(RowIssue.Action.DROPPED);
    }

    private Map<RowIssue, Long> byAction(RowIssue.Action action) {
        EnumMap<RowIssue, Long> result = new EnumMap<>(RowIssue.class);
        issues.forEach((issue, n) -> {
            if (issue.action() == action) {
                result.put(issue, n);
            }
        });
        return Collections.unmodifiableMap(result);
    }

    /** Notes, rejections and entries as plain lines, e.g. for a stored dataset's notes. */
    public List<String> lines(int max) {
        List<String> lines = new ArrayList<>();
        rejectedFiles.forEach(r -> lines.add("rejected " + r));
        lines.addAll(notes);
        entries.forEach(e -> lines.add(e.toString()));
        return lines.size() <= max ? lines : List.copyOf(lines.subList(0, max));
    }

    /** The reports of several files as one. */
    public static ParseReport merge(List<ParseReport> reports) {
        int files = 0;
        long rows = 0;
        long repaired = 0;
        long dropped = 0;
        long missing = 0;
        List<String> rejected = new ArrayList<>();
        EnumMap<RowIssue, Long> issues = new EnumMap<>(RowIssue.class);
        List<String> notes = new ArrayList<>();
        List<ReportEntry> entries = new ArrayList<>();
        for (ParseReport r : reports) {
            files += r.filesRead;
            rows += r.rowsRead;
            repaired += r.repairedRows;
            dropped += r.droppedRows;
            missing += r.missingIntervals;
            rejected.addAll(r.rejectedFiles);
            r.issues.forEach((k, v) -> issues.merge(k, v, Long::sum));
            notes.addAll(r.notes);
            entries.addAll(r.entries);
        }
        return new ParseReport(files, rejected, rows, repaired, dropped, issues, missing, notes, entries);
    }

    /** The report of a file rejected as a whole. */
    public static ParseReport rejected(TraceFormatException e) {
        return new ParseReport(0, List.of(e.getMessage()), 0, 0, 0, Map.of(), 0, List.of(), List.of());
    }

    @Override
    public String toString() {
        return "ParseReport[files=" + filesRead + ", rejected=" + rejectedFiles.size() + ", rows=" + rowsRead
                + ", repaired=" + repairedRows + ", dropped=" + droppedRows + ", missingIntervals=" + missingIntervals
                + ", issues=" + issues + "]";
    }
}
