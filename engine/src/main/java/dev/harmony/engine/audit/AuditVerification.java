package dev.harmony.engine.audit;

import java.util.OptionalLong;

/**
 * The result of checking the audit chain.
 *
 * @param entries      how many entries were checked
 * @param firstBroken  the first entry that fails, empty when the chain verifies
 * @param problem      what is wrong with it, empty when the chain verifies
 * @param lastHash     the hash of the last entry (empty for an empty trail), to compare with a copy kept elsewhere
 */
public record AuditVerification(long entries, OptionalLong firstBroken, String problem, String lastHash) {
    public AuditVerification {
        problem = problem == null ? "" : problem;
        lastHash = lastHash == null ? "" : lastHash;
    }

    public boolean intact() {
        return firstBroken.isEmpty();
    }

    static AuditVerification ok(long entries, String lastHash) {
        return new AuditVerification(entries, OptionalLong.empty(), "", lastHash);
    }

    static AuditVerification broken(long entries, long seq, String problem, String lastHash) {
        return new AuditVerification(entries, OptionalLong.of(seq), problem, lastHash);
    }
}
