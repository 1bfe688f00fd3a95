package dev.harmony.app.report;

import dev.harmony.engine.report.ExecutionSummary;
import dev.harmony.engine.report.PlanReport;
import dev.harmony.engine.report.ReportCharts;
import dev.harmony.engine.report.ReportMove;
import dev.harmony.engine.report.ReportRenderer;
import dev.harmony.engine.report.ReportText;
import dev.harmony.engine.report.RollbackStep;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The report as an A4 PDF for change boards: summary, scope, model and constraints, the health chart on
 * the first page, then the moves, utilisation, approvals and audit, and the rollback plan. Everything is
 * text and vector graphics in the standard PDF fonts, so it needs no display and no font files.
 */
public final class PdfReportRenderer implements ReportRenderer {
    private static final float[] MOVE_COLUMNS = {22, 32, 46, 104, 34, 40, 44, 40, 44, 105};
    private static final float[] AUDIT_COLUMNS = {30, 110, 80, 80, 211};
    private static final float[] ROLLBACK_COLUMNS = {36, 44, 54, 70, 120, 187};
    private static final Color MEDIUM = new Color(0xff, 0xf3, 0xcd);
    private static final Color HIGH = new Color(0xf8, 0xd7, 0xda);
    private static final Color HEADER = new Color(0xee, 0xee, 0xee);

    @Override
    public void render(PlanReport r, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            info(doc, r);
            try (PdfPages p = new PdfPages(doc)) {
                p.title(ReportText.title(r), "Source " + r.source() + " | planned " + r.createdAt() + " | report " + r.generatedAt()
                        + " | format " + PlanReport.SCHEMA);
                p.heading("Summary");
                for (String s : ReportText.summary(r)) {
                    p.paragraph(s, 10);
                }
                p.heading("Scope, data window and model");
                p.paragraph(ReportText.scope(r), 9.5f);
                p.paragraph("Model: " + r.model(), 9.5f);
                p.heading("Predicted health before and after");
                if (r.health().isPresent()) {
                    p.chart(200, c -> ReportCharts.health(c, PdfPages.WIDTH, 200, r.health().get()));
                } else {
                    p.paragraph("Not predicted: the source has no recorded demand to replay.", 9.5f);
                }
                moves(p, r);
                p.heading("Constraints honoured");
                for (String c : r.constraints()) {
                    p.paragraph("- " + c, 9);
                }
                if (!r.hostUse().isEmpty()) {
                    p.heading("Per-host utilisation");
                    p.chart(200, c -> ReportCharts.hosts(c, PdfPages.WIDTH, 200, r.hostUse()));
                }
                p.paragraph("Affinity changes: not charted; this plan records no affinity scores per pair.", 8.5f);
                execution(p, r);
                rollback(p, r);
                if (!r.notes().isEmpty()) {
                    p.heading("Notes");
                    for (String n : r.notes()) {
                        p.paragraph(n, 9);
                    }
                }
                p.footer("Harmony | plan " + r.planId());
            }
            doc.save(out);
        }
    }

    private static void moves(PdfPages p, PlanReport r) throws IOException {
        p.heading("Moves (" + r.moves().size() + ")");
        p.row(MOVE_COLUMNS, List.of("#", "Move", "VM", "From -> to", "Batch", "Gain (pts)", "Cost (s)", "Risk", "State", "Schedule"), true,
                HEADER, 8.5f);
        for (ReportMove m : r.moves()) {
            Color fill = m.risk().equals("high") ? HIGH : m.risk().equals("medium") ? MEDIUM : null;
            p.row(MOVE_COLUMNS, List.of(Integer.toString(m.order()), m.id(), m.vm(), m.from() + " -> " + m.to(), m.batch(),
                    ReportText.number(m.predictedGain(), 2), ReportText.number(m.costSeconds(), 1), m.risk(), m.state(), m.schedule()),
                    false, fill, 8.5f);
            p.row(new float[] {22, PdfPages.WIDTH - 22}, List.of("", "Reason: " + m.reason()), false, fill, 7.5f);
        }
        p.row(MOVE_COLUMNS, List.of("", "Total", "", "", "", ReportText.number(r.totalGain(), 2), ReportText.number(r.totalCostSeconds(), 1),
                "", "", ""), true, HEADER, 8.5f);
    }

    private static void execution(PdfPages p, PlanReport r) throws IOException {
        p.heading("Approvals and audit");
        if (r.execution().isEmpty()) {
            p.paragraph("Not approved or executed in this Harmony's store.", 9.5f);
            return;
        }
        ExecutionSummary x = r.execution().get();
        p.paragraph("Approved by " + x.approvedBy() + " at " + x.approvedAt() + (x.comment().isBlank() ? "" : " (\"" + x.comment() + "\")")
                + " for " + x.approvedMoves().size() + " moves. Audit chain " + (x.auditIntact() ? "verified intact" : "BROKEN") + "; "
                + x.audit().size() + " of " + x.auditTotal() + " entries about this plan shown.", 9.5f);
        p.row(AUDIT_COLUMNS, List.of("Seq", "At", "Actor", "Action", "Detail"), true, HEADER, 8);
        for (ExecutionSummary.AuditLine a : x.audit()) {
            p.row(AUDIT_COLUMNS, List.of(Long.toString(a.seq()), a.at().toString(), a.actor(), a.action(), a.detail()), false, null, 7.5f);
        }
    }

    private static void rollback(PdfPages p, PlanReport r) throws IOException {
        p.heading("Rollback plan");
        p.paragraph("Undo the moves in this order, last move first; each rollback batch keeps the caps of the batch it undoes and"
                + " starts when the one before it has ended.", 9);
        p.row(ROLLBACK_COLUMNS, List.of("Step", "Batch", "Undoes", "VM", "From -> back to", "Caution"), true, HEADER, 8.5f);
        for (RollbackStep s : r.rollback()) {
            p.row(ROLLBACK_COLUMNS, List.of(Integer.toString(s.order()), s.batch(), s.undoes(), s.vm(), s.from() + " -> " + s.to(), s.caution()),
                    false,
                    null, 8.5f);
        }
    }

    private static void info(PDDocument doc, PlanReport r) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(ReportText.title(r));
        info.setCreator("Harmony");
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        when.setTimeInMillis(r.generatedAt().toEpochMilli());
        info.setCreationDate(when);
    }
}
