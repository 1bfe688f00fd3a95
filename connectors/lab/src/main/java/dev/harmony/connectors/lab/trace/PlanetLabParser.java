package dev.harmony.connectors.lab.trace;

import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import java.io.BufferedReader;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

/**
 * Reads one PlanetLab/CoMon file (one VM, one day): 288 lines, each the CPU utilisation in percent for
 * one 5-minute interval starting at 00:00 UTC of the day. The trace has no VM size, so the size is
 * assigned from a small fixed set by a hash of the VM id ({@link VmTrace#sizeSynthetic()} is true) and
 * CPU MHz is derived as percent × that synthetic capacity.
 */
public final class PlanetLabParser implements TraceParser {
    /** Intervals per day on the 300 s grid. */
    public static final int LINES = 288;
    private static final double MAX_UNREADABLE_SHARE = 0.5;
    /** Synthetic sizes {MHz, MiB}, one vCPU each, in the spirit of the single-core VMs CloudSim pairs with this trace. */
    private static final long[][] SIZES = {{2500, 870}, {2000, 1740}, {1000, 1740}, {500, 613}};

    private final LocalDate day;

    /** @param day the trace day; the first line is the interval starting at 00:00 UTC of it */
    public PlanetLabParser(LocalDate day) {
        this.day = java.util.Objects.requireNonNull(day, "day");
    }

    @Override
    public TraceFormat format() {
        return TraceFormat.PLANETLAB;
    }

    @Override
    public VmTrace parse(String file, InputStream raw) {
        BufferedReader reader = TraceInput.lines(file, raw);
        ReportCollector report = new ReportCollector(file);
        float[] percent = new float[LINES];
        java.util.Arrays.fill(percent, Float.NaN);
        int lineNo = 0;
        for (String line = TraceInput.next(reader, file, 1); line != null; line = TraceInput.next(reader, file, lineNo + 1)) {
            lineNo++;
            report.rowRead();
            if (lineNo > LINES) {
                report.rowDropped(lineNo, "row", RowIssue.EXTRA_LINE, "line " + lineNo + " beyond the " + LINES
                        + " lines of one day; dropped");
                continue;
            }
            readLine(report, lineNo, line.trim(), percent);
        }
        if (lineNo == 0) {
            throw new TraceFormatException(file, 0, "empty file; expected " + LINES
                    + " lines, one integer CPU % (0..100) per 5-minute interval");
        }
        report.rejectIfMostlyUnreadable(MAX_UNREADABLE_SHARE);
        if (lineNo < LINES) {
            report.note(lineNo + " lines, expected " + LINES + "; the last " + (LINES - lineNo)
                    + " intervals are left missing");
        }
        String vmId = vmId(file);
        long[] size = SIZES[Math.floorMod(vmId.hashCode(), SIZES.length)];
        int missing = 0;
        float[] mhz = new float[LINES];
        for (int i = 0; i < LINES; i++) {
            missing += Float.isNaN(percent[i]) ? 1 : 0;
            mhz[i] = percent[i] * size[0] / 100f;
        }
        if (missing == LINES) {
            throw new TraceFormatException(file, 0, "no usable line: all " + lineNo + " lines were dropped;"
                    + " expected integer CPU % values");
        }
        report.missingIntervals(missing);
        Map<Metric, TimeSeries> series = new EnumMap<>(Metric.class);
        var start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Duration step = Duration.ofSeconds(GridResampler.STEP_S);
        series.put(Metric.CPU_USAGE_PERCENT, new TimeSeries(vmId, Metric.CPU_USAGE_PERCENT, start, step, percent));
        series.put(Metric.CPU_USAGE_MHZ, new TimeSeries(vmId, Metric.CPU_USAGE_MHZ, start, step, mhz));
        return new VmTrace(vmId, file, TraceFormat.PLANETLAB, 1, size[0], size[1], true, series, report.report());
    }

    /** The file name with spaces removed (upstream names contain stray spaces); {@code pl-} prefixed. */
    public static String vmId(String file) {
        String base = file.substring(file.lastIndexOf('/') + 1);
        return "pl-" + base.replace(" ", "");
    }

    private static void readLine(ReportCollector report, int lineNo, String text, float[] percent) {
        if (text.isEmpty()) {
            report.rowDropped(lineNo, "cpu%", RowIssue.EMPTY_LINE, "blank line; interval left missing");
            return;
        }
        if (text.contains(",") || text.contains(";") || text.contains("\t") || text.contains(" ")) {
            report.rowDropped(lineNo, "cpu%", RowIssue.WRONG_SEPARATOR, "found '" + BitbrainsHeader.abbreviate(text)
                    + "'; expected one integer per line; interval left missing");
            return;
        }
        double v = TraceInput.number(text);
        if (!Double.isFinite(v)) {
            report.rowDropped(lineNo, "cpu%", RowIssue.NOT_A_NUMBER, "found '" + BitbrainsHeader.abbreviate(text)
                    + "'; expected an integer 0..100; interval left missing");
        } else if (v < 0) {
            report.rowDropped(lineNo, "cpu%", RowIssue.NEGATIVE_VALUE, "found " + text
                    + "; expected an integer 0..100; interval left missing");
        } else if (v > 100) {
            report.rowDropped(lineNo, "cpu%", RowIssue.OUT_OF_RANGE, "found " + text
                    + "; expected an integer 0..100; interval left missing");
        } else {
            percent[lineNo - 1] = (float) v;
        }
    }
}
