package dev.harmony.engine.whatif;

import java.util.List;
import java.util.Objects;

/**
 * A what-if question: a baseline, changes applied in order, and timed migrations.
 *
 * @param name        short name, shown in reports and comparisons
 * @param description what the scenario asks, in words
 * @param baseline    the pool and horizon it starts from
 * @param changes     changes, applied in the order given
 * @param migrations  timed migrations
 */
public record Scenario(String name, String description, ScenarioBaseline baseline, List<ScenarioChange> changes,
                       List<ScenarioMigration> migrations) {
    /** The schema id every scenario file carries. */
    public static final String SCHEMA = "harmony.scenario/1";

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(baseline, "baseline");
        changes = List.copyOf(changes);
        migrations = List.copyOf(migrations);
    }
}
