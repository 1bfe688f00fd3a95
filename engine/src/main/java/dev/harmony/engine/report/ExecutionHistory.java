package dev.harmony.engine.report;

import dev.harmony.engine.audit.AuditEntry;
import dev.harmony.engine.execution.ExecutionStore;
import dev.harmony.engine.execution.JournalEntry;
import dev.harmony.engine.plan.Approval;
import dev.harmony.engine.plan.StoredPlan;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads what the execution store knows of one plan: its status, approval, move states and audit entries. */
final class ExecutionHistory {
    private static final int DETAIL_CHARS = 160;
    private static final ObjectMapper READER = new ObjectMapper();
    private final ExecutionStore store;

    ExecutionHistory(ExecutionStore store) {
        this.store = store;
    }

    Optional<StoredPlan> stored(String planId) {
        return store.plans().find(planId);
    }

    /** The journal state of each move, by move id; empty before the plan ran. */
    Map<String, String> moveStates(String planId) {
        return store.journal().entries(planId).stream()
                .collect(Collectors.toMap(JournalEntry::moveId, e -> e.state().name().toLowerCase(java.util.Locale.ROOT), (a, b) -> b));
    }

    Optional<ExecutionSummary> summary(StoredPlan plan) {
        List<AuditEntry> entries = store.audit().entriesForPlan(plan.id());
        if (plan.approval().isEmpty() && entries.isEmpty()) {
            return Optional.empty();
        }
        List<ExecutionSummary.AuditLine> lines = entries.stream().limit(ExecutionSummary.AUDIT_LINES)
                .map(e -> new ExecutionSummary.AuditLine(e.seq(), e.at(), e.actor(), e.action(), shorten(e.payload())))
                .toList();
        Optional<Approval> a = plan.approval();
        return Optional.of(new ExecutionSummary(a.map(Approval::approvedBy).orElse(""), a.map(Approval::approvedAt).orElse(null),
                a.map(Approval::comment).orElse(""), a.map(x -> List.copyOf(x.moveIds())).orElse(List.of()),
                store.audit().verify().intact(), lines, entries.size()));
    }

    /** The payload as {@code key=value; ...} without the plan id every entry repeats, cut to a readable length. */
    static String shorten(String payload) {
        String text = payload;
        try {
            JsonNode node = READER.readTree(payload);
            if (node != null && node.isObject()) {
                StringBuilder b = new StringBuilder();
                node.fields().forEachRemaining(f -> {
                    if (!f.getKey().equals("plan")) {
                        JsonNode v = f.getValue();
                        String value = v.isArray() ? String.join(",", READER.convertValue(v, String[].class)) : v.asText(v.toString());
                        b.append(b.length() == 0 ? "" : "; ").append(f.getKey()).append('=').append(value);
                    }
                });
                text = b.toString();
            }
        } catch (IOException | IllegalArgumentException e) {
            // Not JSON after all: quote it as stored.
        }
        return text.length() <= DETAIL_CHARS ? text : text.substring(0, DETAIL_CHARS - 1) + "…";
    }
}
