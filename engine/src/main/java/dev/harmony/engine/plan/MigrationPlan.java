package dev.harmony.engine.plan;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A migration plan: ordered moves in batches, with the planner's prediction of the pool's health before
 * and after. Immutable; the constructor refuses a plan that could not be executed as written (see
 * {@link PlanRules}). Its JSON form is {@link PlanCodec}'s, schema {@code migration-plan.schema.json}.
 *
 * @param schemaVersion the plan format version, {@link PlanCodec#SCHEMA_VERSION}
 * @param id            unique plan id, at most 100 characters
 * @param source        the connector the plan was made for and runs against, e.g. {@code lab:bitbrains-rnd}
 * @param createdAt     when the planner made it
 * @param moves         the moves, each in one batch
 * @param batches       the batches, at least one
 * @param healthBefore  predicted pool health index (0..100) without the plan; null when not predicted
 * @param healthAfter   predicted pool health index (0..100) after the plan; null when not predicted
 * @param notes         free remarks of the planner, shown with the plan
 */
public record MigrationPlan(int schemaVersion, String id, String source, Instant createdAt, List<Move> moves,
        List<Batch> batches, Double healthBefore, Double healthAfter, List<String> notes) {

    public MigrationPlan {
        if (schemaVersion != PlanCodec.SCHEMA_VERSION) {
            throw new PlanValidationException("/schema_version", "schema_version must be " + PlanCodec.SCHEMA_VERSION
                    + ", was " + schemaVersion);
        }
        PlanChecks.id(id, "/id", "plan id");
        PlanChecks.id(source, "/source", "plan " + id + ": source");
        if (createdAt == null) {
            throw new PlanValidationException("/created_at", "plan " + id + ": created_at is missing");
        }
        moves = List.copyOf(Objects.requireNonNull(moves, "moves"));
        batches = List.copyOf(Objects.requireNonNull(batches, "batches"));
        health(healthBefore, "/health_before", id);
        health(healthAfter, "/health_after", id);
        notes = notes == null ? List.of() : List.copyOf(notes);
        PlanRules.check(id, moves, batches);
    }

    /** The moves in the order they start: by batch order, then by move order. */
    public List<Move> movesInOrder() {
        return moves.stream().sorted(Comparator.comparingInt(Move::order)).toList();
    }

    /** The batches in the order they run. */
    public List<Batch> batchesInOrder() {
        return batches.stream().sorted(Comparator.comparingInt(Batch::order)).toList();
    }

    public Optional<Move> move(String moveId) {
        return moves.stream().filter(m -> m.id().equals(moveId)).findFirst();
    }

    public Optional<Batch> batch(String batchId) {
        return batches.stream().filter(b -> b.id().equals(batchId)).findFirst();
    }

    private static void health(Double value, String pointer, String id) {
        if (value != null && !(value >= 0 && value <= 100)) {
            throw new PlanValidationException(pointer, "plan " + id + ": " + pointer.substring(1)
                    + " must be within 0..100 or null, was " + value);
        }
    }
}
