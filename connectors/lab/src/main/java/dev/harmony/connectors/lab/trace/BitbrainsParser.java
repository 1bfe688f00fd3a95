package dev.harmony.connectors.lab.trace;

import dev.harmony.engine.model.Metric;
import java.io.BufferedReader;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * Reads one Bitbrains GWA-T-12 file (one VM, {@code .csv} or {@code .csv.gz}) with the repair policy of
 * {@code connectors/lab/README.md}: malformed rows are dropped, zero capacity and bad single fields are
 * repaired, duplicates are dropped, and the kept rows are averaged onto the 300 s grid.
 */
public final class BitbrainsParser implements TraceParser {
    /** The metrics of columns 2 to 11, in file order; Bitbrains KB are read as KiB. */
    public static final List<Metric> METRICS = List.of(Metric.CPU_CORES, Metric.CPU_CAPACITY_MHZ, Metric.CPU_USAGE_MHZ,
            Metric.CPU_USAGE_PERCENT, Metric.MEMORY_CAPACITY_KIB, Metric.MEMORY_USAGE_KIB, Metric.DISK_READ_KIBPS,
            Metric.DISK_WRITE_KIBPS, Metric.NETWORK_RX_KIBPS, Metric.NETWORK_TX_KIBPS);
    /** Column indexes (within {@link #METRICS}) of vCPUs, CPU capacity and memory capacity. */
    private static final int[] CAPACITY = {0, 1, 4};
    private static final int FIELDS = METRICS.size() + 1;
    private static final double MAX_UNREADABLE_SHARE = 0.5;
    /** Timestamps at or above this are milliseconds: 1e11 s lies in the year 5138. */
    private static final double MILLIS_THRESHOLD = 1e11;
    private static final long MIN_EPOCH_S = 946_684_800L;
    private static final long MAX_EPOCH_S = 4_102_444_800L;

    @Override
    public TraceFormat format() {
        return TraceFormat.BITBRAINS;
    }

    @Override
    public VmTrace parse(String file, InputStream raw) {
        BufferedReader reader = TraceInput.lines(file, raw);
        BitbrainsHeader header = BitbrainsHeader.parse(file, TraceInput.next(reader, file, 1));
        ReportCollector report = new ReportCollector(file);
        RowBuffer rows = new RowBuffer(METRICS.size());
        ModalSize size = new ModalSize();
        readRows(file, reader, header, report, rows, size);
        if (report.rows() == 0) {
            throw new TraceFormatException(file, 1, "header only: no data rows after line 1; expected at least one row"
                    + " of 11 fields");
        }
        report.rejectIfMostlyUnreadable(MAX_UNREADABLE_SHARE);
        if (rows.size() == 0) {
            throw new TraceFormatException(file, 0, "no usable row: all " + report.rows()
                    + " data rows were dropped (" + report.report().issues() + "); expected at least one measurement");
        }
        if (size.isEmpty()) {
            throw new TraceFormatException(file, 0, "no row has non-zero CPU cores, CPU capacity and memory capacity;"
                    + " the VM's provisioned size cannot be known");
        }
        float[] modal = size.modal();
        rows.fillCapacity(CAPACITY, modal);
        String vmId = vmId(file);
        return new VmTrace(vmId, file, TraceFormat.BITBRAINS, Math.round(modal[0]), Math.round(modal[1]),
                Math.max(1, Math.round(modal[2] / 1024.0)), false,
                GridResampler.resample(vmId, rows.times(), METRICS, rows.columns(), rows.size(), report), report.report());
    }

    /** {@code 12.csv.gz} becomes {@code bb-12}. */
    public static String vmId(String file) {
        String base = file.substring(file.lastIndexOf('/') + 1);
        base = base.endsWith(".gz") ? base.substring(0, base.length() - 3) : base;
        base = base.endsWith(".csv") ? base.substring(0, base.length() - 4) : base;
        return "bb-" + base.strip().replace(' ', '_');
    }

    private static void readRows(String file, BufferedReader reader, BitbrainsHeader header, ReportCollector report,
            RowBuffer rows, ModalSize size) {
        Boolean millis = null;
        long previousTime = Long.MIN_VALUE;
        String previousLine = null;
        float[] values = new float[METRICS.size()];
        String[] fields = new String[FIELDS];
        int lineNo = 1;
        for (String line = TraceInput.next(reader, file, 2); line != null; line = TraceInput.next(reader, file, lineNo + 1)) {
            lineNo++;
            report.rowRead();
            if (line.isBlank()) {
                report.rowDropped(lineNo, "row", RowIssue.EMPTY_LINE, "blank line skipped");
                continue;
            }
            int count = split(line, fields);
            if (count != FIELDS) {
                dropMalformed(report, lineNo, line, count);
                continue;
            }
            double ts = TraceInput.number(fields[0]);
            if (millis == null && Double.isFinite(ts) && ts > 0) {
                millis = ts >= MILLIS_THRESHOLD;
                noteUnit(report, header, millis, ts);
            }
            long seconds = Double.isFinite(ts) ? Math.round(Boolean.TRUE.equals(millis) ? ts / 1000 : ts) : Long.MIN_VALUE;
            if (seconds < MIN_EPOCH_S || seconds >= MAX_EPOCH_S) {
                report.rowDropped(lineNo, header.column(0), RowIssue.BAD_TIMESTAMP, "found '" + fields[0]
                        + "'; expected Unix seconds between 2000 and 2100");
                continue;
            }
            if (seconds < previousTime) {
                report.rowDropped(lineNo, header.column(0), RowIssue.OUT_OF_ORDER, seconds + " < " + previousTime
                        + "; row dropped");
                continue;
            }
            if (seconds == previousTime) {
                boolean same = line.equals(previousLine);
                previousLine = line;
                report.rowDropped(lineNo, header.column(0), same ? RowIssue.DUPLICATE_ROW : RowIssue.DUPLICATE_TIMESTAMP,
                        "timestamp " + seconds + " repeated; " + (same ? "identical row dropped" : "first row kept"));
                continue;
            }
            previousLine = line;
            if (readValues(report, header, lineNo, fields, values)) {
                previousTime = seconds;
                size.add(values[CAPACITY[0]], values[CAPACITY[1]], values[CAPACITY[2]]);
                rows.add(seconds, values, isCapacityMissing(values));
            }
        }
    }

    /** Reads columns 2..11; returns false when the row was dropped, true when it was kept (maybe repaired). */
    private static boolean readValues(ReportCollector report, BitbrainsHeader header, int lineNo, String[] fields,
            float[] values) {
        boolean repaired = false;
        boolean anyValue = false;
        boolean anyUsage = false;
        for (int m = 0; m < values.length; m++) {
            double v = TraceInput.number(fields[m + 1]);
            if (!Double.isFinite(v) || v < 0) {
                report.issue(lineNo, header.column(m + 1), RowIssue.BAD_FIELD, "found '" + fields[m + 1]
                        + "', expected a non-negative number; field set missing");
                values[m] = Float.NaN;
                repaired = true;
                continue;
            }
            values[m] = (float) v;
            anyValue = true;
            anyUsage |= v != 0 && m != CAPACITY[0] && m != CAPACITY[1] && m != CAPACITY[2];
        }
        if (!anyValue) {
            report.rowDropped(lineNo, "row", RowIssue.NOT_A_NUMBER, "no field of the row is a number; row dropped");
            return false;
        }
        boolean capacityMissing = isCapacityMissing(values);
        if (capacityMissing && allCapacityMissing(values) && !anyUsage) {
            report.rowDropped(lineNo, "row", RowIssue.NO_MEASUREMENT, "capacity and usage all zero; row dropped,"
                    + " interval left missing");
            return false;
        }
        if (capacityMissing) {
            report.issue(lineNo, "capacity", RowIssue.ZERO_CAPACITY, "capacity zero with usage present; set to the"
                    + " VM's modal size");
            repaired = true;
        }
        if (repaired) {
            report.rowRepaired();
        }
        return true;
    }

    private static boolean isCapacityMissing(float[] values) {
        for (int c : CAPACITY) {
            if (Float.isNaN(values[c]) || values[c] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean allCapacityMissing(float[] values) {
        for (int c : CAPACITY) {
            if (!Float.isNaN(values[c]) && values[c] != 0) {
                return false;
            }
        }
        return true;
    }

    private static void dropMalformed(ReportCollector report, int lineNo, String line, int count) {
        if (count == 1 && (line.contains(",") || line.contains("\t"))) {
            report.rowDropped(lineNo, "row", RowIssue.WRONG_SEPARATOR, "found '" + BitbrainsHeader.abbreviate(line)
                    + "'; expected fields separated by ';' and a TAB");
        } else if (count < FIELDS) {
            report.rowDropped(lineNo, "row", RowIssue.TRUNCATED_ROW, count + " of " + FIELDS + " fields; row dropped");
        } else {
            report.rowDropped(lineNo, "row", RowIssue.EXTRA_FIELDS, count + " fields, expected " + FIELDS + "; row dropped");
        }
    }

    private static void noteUnit(ReportCollector report, BitbrainsHeader header, boolean millis, double first) {
        if (header.claimsMilliseconds() && !millis) {
            report.note("timestamps labelled [ms] hold Unix seconds (first " + (long) first + " = "
                    + Instant.ofEpochSecond((long) first) + "); read as seconds");
        } else if (!header.claimsMilliseconds() && millis) {
            report.note("timestamps hold Unix milliseconds (first " + (long) first + "); read as milliseconds");
        }
    }

    /** Splits on ';' and trims each field; returns the field count, filling at most {@code fields.length}. */
    private static int split(String line, String[] fields) {
        int count = 0;
        int from = 0;
        while (true) {
            int at = line.indexOf(';', from);
            String field = (at < 0 ? line.substring(from) : line.substring(from, at)).trim();
            if (count < fields.length) {
                fields[count] = field;
            }
            count++;
            if (at < 0) {
                return count;
            }
            from = at + 1;
        }
    }
}
