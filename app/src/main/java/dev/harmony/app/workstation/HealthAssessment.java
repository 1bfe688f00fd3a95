package dev.harmony.app.workstation;

import dev.harmony.engine.health.HealthReport;
import dev.harmony.engine.model.InventorySnapshot;
import java.util.Objects;

/**
 * The health of a pool at one moment with what it was judged on.
 *
 * @param report    the index with its breakdown
 * @param inventory the inventory the report names
 * @param basis     what was judged, in words
 */
public record HealthAssessment(HealthReport report, InventorySnapshot inventory, String basis) {
    public HealthAssessment {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(basis, "basis");
    }
}
