package dev.harmony.connectors.vcenter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.connectors.vcenter.sim.Simulator;
import dev.harmony.connectors.vcenter.sim.SimulatorSize;
import dev.harmony.engine.model.InventorySnapshot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long an inventory sync of a 1,000-VM vCenter takes: printed, not asserted, as the time depends
 * on the machine. Run with {@code -Dharmony.bench=true}; it starts its own simulator (8 hosts, 1,000 VMs).
 */
@EnabledIfSystemProperty(named = "harmony.bench", matches = "true")
class InventorySyncBenchmarkTest {

    @Test
    void inventorySyncOfAThousandVmsIsTimed(@TempDir Path dir) {
        try (Simulator simulator = Simulator.start(SimulatorSize.THOUSAND);
                VcenterConnector connector = new SimulatorLogin(dir).connect(simulator)) {
            System.out.printf("vCenter simulator with %d VMs started in %.2f s%n", simulator.vms(),
                    simulator.startup().toMillis() / 1000.0);
            InventorySnapshot first = timed("first inventory sync", connector);
            for (int i = 0; i < 3; i++) {
                timed("repeat inventory sync", connector);
            }
            long rules = System.nanoTime();
            connector.constraints();
            System.out.printf("DRS rules of 2 clusters read in %.2f s%n", (System.nanoTime() - rules) / 1e9);
            assertThat(first.vms()).hasSize(1000);
        }
    }

    private static InventorySnapshot timed(String what, VcenterConnector connector) {
        long started = System.nanoTime();
        InventorySnapshot snapshot = connector.inventory();
        System.out.printf("%s: %d VMs, %d hosts in %.2f s%n", what, snapshot.vms().size(), snapshot.hosts().size(),
                (System.nanoTime() - started) / 1e9);
        return snapshot;
    }
}
