package dev.harmony.engine.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The moves as CSV (RFC 4180: CRLF line ends, a field quoted when it holds a comma, quote or line break,
 * quotes doubled), one header row then one row per move in start order. UTF-8 without a byte-order mark.
 */
public final class CsvMovesRenderer implements ReportRenderer {
    /** The header row's columns. */
    public static final List<String> HEADER = List.of("plan", "order", "move", "vm", "from", "to", "batch", "schedule",
            "predicted_gain", "cost_seconds", "risk", "state", "reason");

    @Override
    public void render(PlanReport report, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        row(w, HEADER);
        for (ReportMove m : report.moves()) {
            row(w, List.of(report.planId(), Integer.toString(m.order()), m.id(), m.vm(), m.from(), m.to(), m.batch(), m.schedule(),
                    number(m.predictedGain()), number(m.costSeconds()), m.risk(), m.state(), m.reason()));
        }
        w.flush();
    }

    private static void row(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quoted(fields.get(i)));
        }
        w.write("\r\n");
    }

    /** The field as RFC 4180 wants it. */
    static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
