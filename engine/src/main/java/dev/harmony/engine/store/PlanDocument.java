package dev.harmony.engine.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored migration plan.
 *
 * @param id        the plan's id, chosen by the planner (at most 100 characters)
 * @param createdAt when the plan was made
 * @param status    where the plan is in its life, e.g. {@code DRAFT} or {@code APPROVED}
 * @param json      the plan itself as JSON
 */
public record PlanDocument(String id, Instant createdAt, String status, String json) {
    public PlanDocument {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("plan id must not be blank");
        }
        Objects.requireNonNull(createdAt, "createdAt");
        if (status == null || status.isBlank()) {
            throw new IllegalArgumentException("plan " + id + ": status must not be blank");
        }
        Objects.requireNonNull(json, "json");
    }

    /** The same plan with another status. */
    public PlanDocument withStatus(String newStatus) {
        return new PlanDocument(id, createdAt, newStatus, json);
    }
}
