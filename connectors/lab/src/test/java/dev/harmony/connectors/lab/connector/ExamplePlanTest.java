package dev.harmony.connectors.lab.connector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.connectors.lab.BundledData;
import dev.harmony.engine.execution.DryRun;
import dev.harmony.engine.execution.PlanSimulation;
import dev.harmony.engine.execution.RulePreflight;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.PlanCodec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The example plan shipped in examples/plans (written by {@code harmony plan --source lab:bitbrains-rnd --json})
 * still reads, still fits the bundled lab's default datacenter, and simulates.
 */
class ExamplePlanTest {
    private static final String FILE = "bitbrains-rnd-balance.json";

    @Test
    void shippedExamplePlanPassesEveryPreflightCheckOnTheDefaultLabAndEveryMoveCompletesInTheSimulator() {
        Path file = Path.of("").toAbsolutePath().resolve("../../examples/plans").resolve(FILE).normalize();
        MigrationPlan plan = new PlanCodec().read(file);

        try (LabConnector lab = new LabConnector("bitbrains-rnd", BundledData.bitbrains(), LabOptions.defaults())) {
            DryRun.Report report = new DryRun(lab, new RulePreflight(lab.name()), Optional.of(PlanSimulation.standard()))
                    .check(plan, Set.of());

            assertThat(plan.source()).isEqualTo(lab.name());
            assertThat(plan.notes()).first().asString().startsWith("predicted affinity: ");
            assertThat(report.verdicts()).hasSize(plan.moves().size()).allSatisfy(v -> assertThat(v.wouldRun()).as(v.reason()).isTrue());
            PlanSimulation.Forecast forecast = report.forecast().orElseThrow();
            assertThat(forecast.moves()).hasSize(plan.moves().size()).allSatisfy(m -> {
                assertThat(m.completes()).as(m.moveId() + " " + m.note()).isTrue();
                assertThat(m.duration()).isPositive();
            });
            assertThat(Duration.between(forecast.demandFrom(), forecast.demandTo())).isEqualTo(Duration.ofHours(6));
            assertThat(forecast.healthBefore()).isBetween(0.0, 100.0);
            assertThat(forecast.healthAfter()).isBetween(0.0, 100.0);
        }
    }
}
