package dev.harmony.engine.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** The audit trail in the store's {@code audit_log} table, checked against {@code audit_head}. */
public final class JdbcAuditTrail implements AuditTrail {
    private final AuditedTransactions store;

    public JdbcAuditTrail(AuditedTransactions store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public List<AuditEntry> entries() {
        List<AuditEntry> all = new ArrayList<>();
        scan(all::add);
        return all;
    }

    @Override
    public List<AuditEntry> entriesForPlan(String planId) {
        String needle = "\"plan\":" + AuditHashing.jsonString(planId);
        List<AuditEntry> found = new ArrayList<>();
        scan(e -> {
            if (e.payload().contains(needle)) {
                found.add(e);
            }
        });
        return found;
    }

    @Override
    public AuditVerification verify() {
        long[] count = {0};
        String[] prev = {""};
        AuditVerification[] broken = {null};
        scan(e -> {
            if (broken[0] != null) {
                return;
            }
            count[0]++;
            broken[0] = check(e, count[0], prev[0]);
            prev[0] = e.hash();
        });
        if (broken[0] != null) {
            return broken[0];
        }
        long[] headSeq = {0};
        String[] headHash = {""};
        store.read("read the audit head", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
                    ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    headSeq[0] = rs.getLong(1);
                    headHash[0] = rs.getString(2);
                }
            }
            return null;
        });
        if (headSeq[0] != count[0] || !headHash[0].equals(prev[0])) {
            return AuditVerification.broken(count[0], count[0] + 1, "the trail ends at entry " + count[0]
                    + " but its head records entry " + headSeq[0] + ": entries were removed from the end", prev[0]);
        }
        return AuditVerification.ok(count[0], prev[0]);
    }

    /** The first problem of one entry, or null when it is sound. */
    private static AuditVerification check(AuditEntry e, long expectedSeq, String prevHash) {
        if (e.seq() != expectedSeq) {
            return AuditVerification.broken(expectedSeq - 1, expectedSeq, "entry " + expectedSeq + " is missing (the next one is "
                    + e.seq() + ")", prevHash);
        }
        if (!e.prevHash().equals(prevHash)) {
            return AuditVerification.broken(expectedSeq - 1, e.seq(), "entry " + e.seq()
                    + " does not point at the hash of entry " + (e.seq() - 1) + " (entries were changed, removed or inserted before it)",
                    prevHash);
        }
        String recomputed = AuditHashing.hash(prevHash, e.seq(), e.at(), e.actor(), e.action(), e.payload());
        if (!recomputed.equals(e.hash())) {
            return AuditVerification.broken(expectedSeq - 1, e.seq(), "entry " + e.seq() + " (" + e.action() + " by " + e.actor()
                    + " at " + e.at() + ") does not match its hash: its content was changed after it was written", prevHash);
        }
        return null;
    }

    private void scan(Consumer<AuditEntry> sink) {
        store.read("read the audit trail", (Connection c) -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT seq, at, actor, action, payload, prev_hash, hash FROM audit_log ORDER BY seq");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    sink.accept(read(rs));
                }
            }
            return null;
        });
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7));
    }
}
