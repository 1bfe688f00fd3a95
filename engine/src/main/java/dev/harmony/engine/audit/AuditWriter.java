package dev.harmony.engine.audit;

import java.util.Map;

/** Appends entries to the audit trail inside the transaction that also writes what they describe. */
public interface AuditWriter {

    /**
     * Adds one entry after the current last one.
     *
     * @param actor   who did it
     * @param action  what was done
     * @param payload details: strings, numbers, booleans, lists and maps of those; should name the plan as {@code plan}
     */
    AuditEntry append(String actor, AuditAction action, Map<String, ?> payload);
}
