package dev.harmony.engine.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The report as one self-contained HTML page: inline CSS, charts as inline SVG, no script, no outside asset. */
public final class HtmlReportRenderer implements ReportRenderer {
    private static final String CSS = """
            body{font-family:Helvetica,Arial,sans-serif;color:#222;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.4}
            h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.15rem;border-bottom:1px solid #ccc;margin-top:1.8rem}
            table{border-collapse:collapse;width:100%;font-size:.85rem}th,td{border:1px solid #ccc;padding:.25rem .4rem;vertical-align:top}
            th{background:#f0f0f0;text-align:left}td.n{text-align:right;white-space:nowrap}.muted{color:#666}
            .risk-medium{background:#fff3cd}.risk-high{background:#f8d7da}svg{max-width:100%;height:auto}
            @media print{body{margin:0}h2{page-break-after:avoid}}
            """;

    @Override
    public void render(PlanReport r, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + e(ReportText.title(r)) + "</title>\n<style>"
                + CSS + "</style></head><body>\n");
        w.write("<h1>" + e(ReportText.title(r)) + "</h1>\n<p class=\"muted\">Source " + e(r.source()) + " · planned " + r.createdAt()
                + " · report " + r.generatedAt() + " · format " + PlanReport.SCHEMA + "</p>\n");
        section(w, "Summary", ReportText.summary(r));
        section(w, "Scope and data window", List.of(ReportText.scope(r)));
        section(w, "Model", List.of(r.model()));
        w.write("<h2>Constraints honoured</h2>\n<ul>\n");
        for (String c : r.constraints()) {
            w.write("<li>" + e(c) + "</li>\n");
        }
        w.write("</ul>\n<h2>Moves</h2>\n<table><tr><th>#</th><th>Move</th><th>VM</th><th>From → to</th><th>Batch / schedule</th>"
                + "<th>Gain (pts)</th><th>Cost (s)</th><th>Risk</th><th>State</th><th>Reason</th></tr>\n");
        for (ReportMove m : r.moves()) {
            w.write("<tr class=\"risk-" + e(m.risk()) + "\"><td class=\"n\">" + m.order() + "</td><td>" + e(m.id()) + "</td><td>" + e(m.vm())
                    + "</td><td>" + e(m.from()) + " → " + e(m.to()) + "</td><td>" + e(m.schedule()) + "</td><td class=\"n\">"
                    + ReportText.number(m.predictedGain(), 2) + "</td><td class=\"n\">" + ReportText.number(m.costSeconds(), 1) + "</td><td>"
                    + e(m.risk()) + "</td><td>" + e(m.state()) + "</td><td>" + e(m.reason()) + "</td></tr>\n");
        }
        w.write("<tr><th colspan=\"5\">Total</th><td class=\"n\">" + ReportText.number(r.totalGain(), 2) + "</td><td class=\"n\">"
                + ReportText.number(r.totalCostSeconds(), 1) + "</td><td colspan=\"3\"></td></tr></table>\n");
        w.write("<h2>Predicted health before and after</h2>\n");
        if (r.health().isPresent()) {
            w.write("<p>" + e(ReportText.health(r.health().get())) + "</p>\n");
            SvgCanvas health = new SvgCanvas(640, 240, "Pool health before and after the plan");
            ReportCharts.health(health, health.width(), health.height(), r.health().get());
            w.write(health.finish());
        } else {
            w.write("<p>Not predicted: the source has no recorded demand to replay.</p>\n");
        }
        if (!r.hostUse().isEmpty()) {
            w.write("<h2>Per-host utilisation</h2>\n");
            SvgCanvas hosts = new SvgCanvas(640, 240, "Mean CPU and memory utilisation per host before and after the plan");
            ReportCharts.hosts(hosts, hosts.width(), hosts.height(), r.hostUse());
            w.write(hosts.finish());
        }
        w.write("<p class=\"muted\">Affinity changes: not charted; this plan records no affinity scores per pair.</p>\n");
        execution(w, r);
        rollback(w, r);
        if (!r.notes().isEmpty()) {
            section(w, "Notes", r.notes());
        }
        w.write("</body></html>\n");
        w.flush();
    }

    private static void execution(Writer w, PlanReport r) throws IOException {
        w.write("<h2>Approvals and audit</h2>\n");
        if (r.execution().isEmpty()) {
            w.write("<p>Not approved or executed in this Harmony's store.</p>\n");
            return;
        }
        ExecutionSummary x = r.execution().get();
        w.write("<p>Approved by " + e(x.approvedBy()) + " at " + x.approvedAt() + (x.comment().isBlank() ? "" : " (“" + e(x.comment()) + "”)")
                + " for " + x.approvedMoves().size() + " moves. Audit chain " + (x.auditIntact() ? "verified intact" : "BROKEN") + "; "
                + x.audit().size() + " of " + x.auditTotal() + " entries about this plan shown.</p>\n");
        w.write("<table><tr><th>Seq</th><th>At</th><th>Actor</th><th>Action</th><th>Detail</th></tr>\n");
        for (ExecutionSummary.AuditLine a : x.audit()) {
            w.write("<tr><td class=\"n\">" + a.seq() + "</td><td>" + a.at() + "</td><td>" + e(a.actor()) + "</td><td>" + e(a.action())
                    + "</td><td>" + e(a.detail()) + "</td></tr>\n");
        }
        w.write("</table>\n");
    }

    private static void rollback(Writer w, PlanReport r) throws IOException {
        w.write("<h2>Rollback plan</h2>\n<p>Undo the moves in this order, last move first; each rollback batch keeps the caps of the"
                + " batch it undoes and starts when the one before it has ended.</p>\n");
        w.write("<table><tr><th>Step</th><th>Batch</th><th>Undoes</th><th>VM</th><th>From → back to</th><th>Caution</th></tr>\n");
        for (RollbackStep s : r.rollback()) {
            w.write("<tr><td class=\"n\">" + s.order() + "</td><td>" + e(s.batch()) + "</td><td>" + e(s.undoes()) + "</td><td>" + e(s.vm())
                    + "</td><td>" + e(s.from()) + " → " + e(s.to()) + "</td><td>" + e(s.caution()) + "</td></tr>\n");
        }
        w.write("</table>\n");
    }

    private static void section(Writer w, String title, List<String> paragraphs) throws IOException {
        w.write("<h2>" + e(title) + "</h2>\n");
        for (String p : paragraphs) {
            w.write("<p>" + e(p) + "</p>\n");
        }
    }

    private static String e(String s) {
        return HtmlText.escape(s);
    }
}
