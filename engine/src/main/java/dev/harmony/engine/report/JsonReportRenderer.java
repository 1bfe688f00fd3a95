package dev.harmony.engine.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/**
 * The report as JSON, format {@value PlanReport#SCHEMA}, schema {@value #SCHEMA_RESOURCE}. Field names are
 * snake_case; instants ISO-8601 UTC; absent parts are {@code null}, never left out.
 */
public final class JsonReportRenderer implements ReportRenderer {
    /** Where the JSON Schema of the format lies on the class path. */
    public static final String SCHEMA_RESOURCE = "/dev/harmony/engine/report/plan-report.schema.json";
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Override
    public void render(PlanReport r, OutputStream out) throws IOException {
        MAPPER.writeValue(new NonClosing(out), tree(r));
    }

    /** The report as a JSON tree. */
    public static ObjectNode tree(PlanReport r) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("schema", PlanReport.SCHEMA);
        doc.put("generated_at", r.generatedAt().toString());
        ObjectNode plan = doc.putObject("plan");
        plan.put("id", r.planId()).put("source", r.source()).put("created_at", r.createdAt().toString()).put("status", r.status());
        ObjectNode scope = doc.putObject("scope");
        scope.put("hosts", r.scope().hosts()).put("vms", r.scope().vms());
        r.scope().hostsTouched().forEach(scope.putArray("hosts_touched")::add);
        scope.put("data_from", text(r.scope().dataFrom())).put("data_to", text(r.scope().dataTo()));
        doc.put("model", r.model());
        r.constraints().forEach(doc.putArray("constraints")::add);
        doc.putObject("totals").put("moves", r.moves().size()).put("batches", r.batchCount()).put("predicted_gain", r.totalGain())
                .put("cost_seconds", r.totalCostSeconds());
        ArrayNode moves = doc.putArray("moves");
        for (ReportMove m : r.moves()) {
            moves.addObject().put("id", m.id()).put("order", m.order()).put("vm", m.vm()).put("from", m.from()).put("to", m.to())
                    .put("reason", m.reason()).put("predicted_gain", m.predictedGain()).put("cost_seconds", m.costSeconds())
                    .put("risk", m.risk()).put("batch", m.batch()).put("schedule", m.schedule()).put("state", m.state());
        }
        if (r.health().isPresent()) {
            ObjectNode health = doc.putObject("health");
            series(health.putObject("before"), r.health().get().before());
            series(health.putObject("after"), r.health().get().after());
        } else {
            doc.putNull("health");
        }
        ArrayNode hosts = doc.putArray("host_utilisation");
        r.hostUse().forEach(h -> hosts.addObject().put("host", h.host()).put("cpu_before", h.cpuBefore()).put("cpu_after", h.cpuAfter())
                .put("memory_before", h.memBefore()).put("memory_after", h.memAfter()));
        if (r.execution().isPresent()) {
            execution(doc.putObject("execution"), r.execution().get());
        } else {
            doc.putNull("execution");
        }
        ArrayNode rollback = doc.putArray("rollback");
        r.rollback().forEach(s -> rollback.addObject().put("order", s.order()).put("undoes", s.undoes()).put("vm", s.vm())
                .put("from", s.from()).put("to", s.to()).put("batch", s.batch()).put("caution", s.caution()));
        r.notes().forEach(doc.putArray("notes")::add);
        return doc;
    }

    private static void series(ObjectNode node, HealthSeries s) {
        node.put("min", s.min()).put("mean", s.mean()).put("max", s.max());
        ArrayNode points = node.putArray("points");
        for (int i = 0; i < s.values().size(); i++) {
            points.addObject().put("at", s.at().get(i).toString()).put("index", s.values().get(i));
        }
    }

    private static void execution(ObjectNode node, ExecutionSummary e) {
        node.put("approved_by", e.approvedBy()).put("approved_at", text(e.approvedAt())).put("comment", e.comment());
        e.approvedMoves().forEach(node.putArray("approved_moves")::add);
        node.put("audit_intact", e.auditIntact()).put("audit_total", e.auditTotal());
        ArrayNode audit = node.putArray("audit");
        e.audit().forEach(a -> audit.addObject().put("seq", a.seq()).put("at", a.at().toString()).put("actor", a.actor())
                .put("action", a.action()).put("detail", a.detail()));
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }

    /** Jackson closes the stream it writes to; the caller owns it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
