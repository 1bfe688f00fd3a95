package dev.harmony.connectors.lab.connector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.connectors.lab.BundledData;
import dev.harmony.connectors.lab.TestClock;
import dev.harmony.engine.connector.ConnectorException;
import dev.harmony.engine.connector.MigrationTask;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Vm;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LabConcurrencyTest {

    @Test
    void concurrentMigrationsToOneHostNeverOvercommitItsMemory() throws Exception {
        TestClock wall = new TestClock(Instant.parse("2026-01-01T12:00:00Z"));
        try (LabConnector lab = new LabConnector("bitbrains-rnd", BundledData.bitbrains(),
                LabOptions.defaults().withWallClock(wall))) {
            InventorySnapshot inv = lab.inventory();
            Host target = inv.hosts().stream().filter(h -> !h.inMaintenance() && !h.hasTag("pci")).findFirst().orElseThrow();
            List<MigrationTask> started = new CopyOnWriteArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            for (Vm vm : inv.vms()) {
                pool.submit(() -> {
                    try {
                        started.add(lab.migrate(vm.id(), target.id()));
                    } catch (ConnectorException refused) {
                        // Refusals are expected once the target is full, or for the excluded and pci VMs' own rules.
                    }
                    lab.inventory();
                });
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
            wall.advance(Duration.ofHours(1));

            InventorySnapshot after = lab.inventory();
            long used = after.placement().vmsOn(target.id()).stream()
                    .mapToLong(v -> after.vm(v).orElseThrow().memoryMib()).sum();
            assertThat(started).isNotEmpty();
            assertThat(used).isLessThanOrEqualTo(target.memoryMib());
            assertThat(started).allSatisfy(t -> assertThat(lab.currentHost(t.vmId())).contains(target.id()));
        }
    }
}
