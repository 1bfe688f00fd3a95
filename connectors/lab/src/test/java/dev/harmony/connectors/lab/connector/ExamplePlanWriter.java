package dev.harmony.connectors.lab.connector;

import dev.harmony.connectors.lab.BundledData;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.PlanCodec;
import java.nio.file.Path;

/**
 * Writes {@code examples/plans/bitbrains-rnd-balance.json} from the bundled lab with default options:
 * {@code java -cp <test classpath> dev.harmony.connectors.lab.connector.ExamplePlanWriter examples/plans}.
 * {@link ExamplePlanTest} checks the shipped file still fits the lab.
 */
public final class ExamplePlanWriter {
    static final String PLAN_ID = "bitbrains-rnd-balance-1";
    static final String FILE = "bitbrains-rnd-balance.json";

    private ExamplePlanWriter() {
    }

    public static void main(String[] args) throws Exception {
        try (LabConnector lab = new LabConnector("bitbrains-rnd", BundledData.bitbrains(), LabOptions.defaults())) {
            MigrationPlan plan = LabPlans.balancing(lab, PLAN_ID, 10, 5);
            Path out = Path.of(args.length > 0 ? args[0] : "examples/plans").resolve(FILE);
            new PlanCodec().write(plan, out);
            System.out.println("wrote " + out.toAbsolutePath());
        }
    }
}
