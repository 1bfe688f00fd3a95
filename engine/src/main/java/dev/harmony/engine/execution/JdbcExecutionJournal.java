package dev.harmony.engine.execution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.harmony.engine.audit.AuditAction;
import dev.harmony.engine.audit.AuditWriter;
import dev.harmony.engine.audit.AuditedTransactions;
import dev.harmony.engine.plan.Move;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The journal in the store's {@code execution_journal} table (migration V3). */
public final class JdbcExecutionJournal implements ExecutionJournal {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "plan_id, move_id, vm_id, source_host, target_host, state, attempts, task_id, detail, updated_at";
    private final AuditedTransactions store;

    public JdbcExecutionJournal(AuditedTransactions store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public List<JournalEntry> open(String planId, List<Move> approvedMoves) {
        return store.write("open the journal of plan '" + planId + "'", (c, audit) -> {
            for (Move m : approvedMoves) {
                if (find(c, planId, m.id()).isEmpty()) {
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO execution_journal (" + COLUMNS
                            + ") VALUES (?, ?, ?, ?, ?, 'PENDING', 0, NULL, '', ?)")) {
                        s.setString(1, planId);
                        s.setString(2, m.id());
                        s.setString(3, m.vm());
                        s.setString(4, m.from());
                        s.setString(5, m.to());
                        s.setObject(6, utc(store));
                        s.executeUpdate();
                    }
                }
            }
            return list(c, planId);
        });
    }

    @Override
    public List<JournalEntry> entries(String planId) {
        return store.read("read the journal of plan '" + planId + "'", c -> list(c, planId));
    }

    @Override
    public JournalEntry recordIntent(String planId, String moveId, String actor) {
        return store.write("record the intent of move '" + moveId + "'", (c, audit) -> {
            JournalEntry e = require(c, planId, moveId);
            refuseUnlessApprovedAndExecuting(c, planId, moveId);
            if (e.state() != MoveState.PENDING) {
                throw new IllegalStateException("move " + moveId + " of plan " + planId + " is " + e.state()
                        + " in the journal; only a pending move may be issued");
            }
            update(c, e, MoveState.INTENDED, e.attempts() + 1, null, "issuing attempt " + (e.attempts() + 1));
            Map<String, Object> payload = payload(e);
            payload.put("attempt", e.attempts() + 1);
            audit.append(actor, AuditAction.MOVE_INTENT, payload);
            return require(c, planId, moveId);
        });
    }

    @Override
    public void recordTask(String planId, String moveId, String taskId) {
        store.write("note the task of move '" + moveId + "'", (c, audit) -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE execution_journal SET task_id = ? WHERE plan_id = ? AND move_id = ?")) {
                s.setString(1, taskId);
                s.setString(2, planId);
                s.setString(3, moveId);
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public JournalEntry record(String planId, String moveId, MoveState state, String detail, String actor, AuditAction action,
            Map<String, ?> extra) {
        return store.write("record the result of move '" + moveId + "'", (c, audit) -> {
            JournalEntry e = require(c, planId, moveId);
            if (e.state().isFinal()) {
                throw new IllegalStateException("move " + moveId + " of plan " + planId + " is already " + e.state()
                        + " in the journal; its result is not rewritten");
            }
            update(c, e, state, e.attempts(), e.taskId(), detail);
            appendResult(audit, e, state, detail, actor, action, extra);
            return require(c, planId, moveId);
        });
    }

    @Override
    public List<JournalEntry> cancelPending(String planId, String reason, String actor) {
        return store.write("cancel the pending moves of plan '" + planId + "'", (c, audit) -> {
            List<JournalEntry> cancelled = new ArrayList<>();
            for (JournalEntry e : list(c, planId)) {
                if (e.state() == MoveState.PENDING) {
                    update(c, e, MoveState.CANCELLED, e.attempts(), e.taskId(), reason);
                    appendResult(audit, e, MoveState.CANCELLED, reason, actor, AuditAction.MOVE_CANCELLED, Map.of());
                    cancelled.add(require(c, planId, e.moveId()));
                }
            }
            return cancelled;
        });
    }

    @Override
    public void note(String actor, AuditAction action, Map<String, ?> payload) {
        store.write("write an audit note", (c, audit) -> audit.append(actor, action, payload));
    }

    private static void appendResult(AuditWriter audit, JournalEntry e, MoveState state, String detail, String actor,
            AuditAction action, Map<String, ?> extra) {
        Map<String, Object> payload = payload(e);
        payload.put("attempt", e.attempts());
        payload.put("outcome", state.name());
        payload.put("detail", detail);
        payload.putAll(extra);
        audit.append(actor, action, payload);
    }

    private static Map<String, Object> payload(JournalEntry e) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("plan", e.planId());
        payload.put("move", e.moveId());
        payload.put("vm", e.vm());
        payload.put("from", e.from());
        payload.put("to", e.to());
        return payload;
    }

    /** The store-side gate: the plan executes and its approval names the move. */
    private static void refuseUnlessApprovedAndExecuting(Connection c, String planId, String moveId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT p.status, a.move_ids FROM plan p LEFT JOIN approval a"
                + " ON a.plan_id = p.id WHERE p.id = ?")) {
            s.setString(1, planId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("plan " + planId + " is not in the store");
                }
                if (!"EXECUTING".equals(rs.getString(1))) {
                    throw new IllegalStateException("plan " + planId + " is " + rs.getString(1) + ", not EXECUTING; move "
                            + moveId + " is not issued");
                }
                if (rs.getString(2) == null || !approved(rs.getString(2)).contains(moveId)) {
                    throw new IllegalStateException("move " + moveId + " of plan " + planId + " is not approved; it is never issued");
                }
            }
        }
    }

    private static Set<String> approved(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Set<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the approved move ids in the store are not a JSON array", e);
        }
    }

    private void update(Connection c, JournalEntry e, MoveState state, int attempts, String taskId, String detail) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE execution_journal SET state = ?, attempts = ?, task_id = ?,"
                + " detail = ?, updated_at = ? WHERE plan_id = ? AND move_id = ?")) {
            s.setString(1, state.name());
            s.setInt(2, attempts);
            s.setString(3, taskId == null || taskId.isEmpty() ? null : taskId);
            s.setString(4, clip(detail));
            s.setObject(5, utc(store));
            s.setString(6, e.planId());
            s.setString(7, e.moveId());
            s.executeUpdate();
        }
    }

    private JournalEntry require(Connection c, String planId, String moveId) throws SQLException {
        return find(c, planId, moveId).orElseThrow(() -> new IllegalStateException("move " + moveId + " of plan " + planId
                + " has no journal row (was it approved?)"));
    }

    private static Optional<JournalEntry> find(Connection c, String planId, String moveId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM execution_journal WHERE plan_id = ? AND move_id = ?")) {
            s.setString(1, planId);
            s.setString(2, moveId);
            List<JournalEntry> found = read(s);
            return found.stream().findFirst();
        }
    }

    private static List<JournalEntry> list(Connection c, String planId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM execution_journal WHERE plan_id = ? ORDER BY move_id")) {
            s.setString(1, planId);
            return read(s);
        }
    }

    private static List<JournalEntry> read(PreparedStatement s) throws SQLException {
        List<JournalEntry> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new JournalEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        MoveState.valueOf(rs.getString(6)), rs.getInt(7), rs.getString(8), rs.getString(9),
                        rs.getObject(10, OffsetDateTime.class).toInstant()));
            }
        }
        return rows;
    }

    private static OffsetDateTime utc(AuditedTransactions store) {
        return OffsetDateTime.ofInstant(store.now(), ZoneOffset.UTC);
    }

    private static String clip(String detail) {
        String d = detail == null ? "" : detail;
        return d.length() > 4000 ? d.substring(0, 3997) + "..." : d;
    }
}
