package dev.harmony.engine.audit;

import java.util.List;

/** Reads and verifies the audit trail; entries are added only inside {@link AuditedTransactions}. */
public interface AuditTrail {

    /** Every entry in chain order. */
    List<AuditEntry> entries();

    /** The entries about one plan (those whose payload names it), in chain order. */
    List<AuditEntry> entriesForPlan(String planId);

    /** Recomputes every hash from the first entry on and names the first entry that does not match. */
    AuditVerification verify();
}
