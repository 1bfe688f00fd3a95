package dev.harmony.engine.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit trail as stored.
 *
 * @param seq      position in the chain, from 1 without gaps
 * @param at       when it was written (store clock, UTC)
 * @param actor    who did it: a person's name or {@code harmony-executor}
 * @param action   what was done, e.g. {@code move-result}
 * @param payload  the details as canonical JSON (keys sorted)
 * @param prevHash the hash of entry {@code seq - 1}; empty for the first entry
 * @param hash     SHA-256 (hex) over {@code prevHash} and the canonical entry
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String payload, String prevHash, String hash) {
    public AuditEntry {
        if (seq < 1) {
            throw new IllegalArgumentException("audit seq must be at least 1, was " + seq);
        }
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(payload, "payload");
        prevHash = prevHash == null ? "" : prevHash;
        Objects.requireNonNull(hash, "hash");
    }
}
