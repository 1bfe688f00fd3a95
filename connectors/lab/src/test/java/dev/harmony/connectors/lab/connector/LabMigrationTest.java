package dev.harmony.connectors.lab.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.connectors.lab.BundledData;
import dev.harmony.connectors.lab.TestClock;
import dev.harmony.engine.connector.ConnectorException;
import dev.harmony.engine.connector.MigrationTask;
import dev.harmony.engine.connector.TaskState;
import dev.harmony.engine.connector.TaskStatus;
import dev.harmony.engine.model.ExcludedVms;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Vm;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LabMigrationTest {
    private final TestClock wall = new TestClock(Instant.parse("2026-01-01T12:00:00Z"));
    private final LabConnector lab = open(LabOptions.defaults());

    private LabConnector open(LabOptions options) {
        return new LabConnector("bitbrains-rnd", BundledData.bitbrains(), options.withWallClock(wall).withSpeed(60));
    }

    @AfterEach
    void close() {
        lab.close();
    }

    /** A movable VM (not excluded, not pci) and the non-maintenance host with the most free memory that is not its own. */
    private record Move(Vm vm, String source, Host target) {
    }

    private static Move aMove(LabConnector c) {
        InventorySnapshot inv = c.inventory();
        Vm vm = inv.vms().stream().filter(v -> v.tags().isEmpty() && !excluded(c, v.id()))
                .max(Comparator.comparingLong(Vm::memoryMib)).orElseThrow();
        String source = inv.placement().hostOf(vm.id()).orElseThrow();
        Host target = inv.hosts().stream().filter(h -> !h.inMaintenance() && !h.id().equals(source))
                .max(Comparator.comparingLong(h -> h.memoryMib() - used(inv, h.id()))).orElseThrow();
        return new Move(vm, source, target);
    }

    private static long used(InventorySnapshot inv, String host) {
        return inv.placement().vmsOn(host).stream().mapToLong(v -> inv.vm(v).orElseThrow().memoryMib()).sum();
    }

    private static boolean excluded(LabConnector c, String vm) {
        return c.constraints().stream().anyMatch(r -> r instanceof ExcludedVms e && e.vmIds().contains(vm));
    }

    private Duration wallDuration(Vm vm) {
        return MigrationTiming.duration(vm.memoryMib(), 25_000).dividedBy(60);
    }

    @Test
    void migrationRunsForATimeSetByMemoryAndLinkThenMovesTheVm() {
        Move m = aMove(lab);
        MigrationTask task = lab.migrate(m.vm().id(), m.target().id());

        assertThat(task.status().state()).isEqualTo(TaskState.RUNNING);
        assertThat(lab.currentHost(m.vm().id())).contains(m.source());
        wall.advance(wallDuration(m.vm()).plusMillis(1));

        TaskStatus done = task.status();
        assertThat(done.state()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(done.progress()).isEqualTo(1.0);
        assertThat(lab.currentHost(m.vm().id())).contains(m.target().id());
        assertThat(lab.inventory().placement().hostOf(m.vm().id())).contains(m.target().id());
        assertThat(task.sourceHostId()).isEqualTo(m.source());
    }

    @Test
    void largerVmsTakeLongerOverTheSameLink() {
        assertThat(MigrationTiming.duration(32 * 1024, 25_000)).isGreaterThan(MigrationTiming.duration(4 * 1024, 25_000));
        assertThat(MigrationTiming.duration(16 * 1024, 25_000)).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(12));
    }

    @Test
    void cancelBeforeTheSwitchoverLeavesTheVmWhereItWas() {
        Move m = aMove(lab);
        MigrationTask task = lab.migrate(m.vm().id(), m.target().id());
        wall.advance(wallDuration(m.vm()).dividedBy(3));

        task.cancel();
        wall.advance(wallDuration(m.vm()));

        assertThat(task.status().state()).isEqualTo(TaskState.CANCELLED);
        assertThat(task.status().message()).contains("cancelled on request");
        assertThat(lab.currentHost(m.vm().id())).contains(m.source());
    }

    @Test
    void cancelDuringTheSwitchoverIsTooLateAndTheMoveCompletes() {
        Move m = aMove(lab);
        MigrationTask task = lab.migrate(m.vm().id(), m.target().id());
        wall.advance(wallDuration(m.vm()).minusMillis(2));

        task.cancel();
        wall.advance(Duration.ofSeconds(1));

        assertThat(task.status().state()).isEqualTo(TaskState.SUCCEEDED);
    }

    @Test
    void targetEnteringMaintenanceFailsTheMigrationWithAReason() {
        Move m = aMove(lab);
        MigrationTask task = lab.migrate(m.vm().id(), m.target().id());
        lab.setMaintenance(m.target().id(), true);
        wall.advance(wallDuration(m.vm()).plusSeconds(1));

        TaskStatus s = task.status();
        assertThat(s.state()).isEqualTo(TaskState.FAILED);
        assertThat(s.message()).contains(m.target().id() + " entered maintenance").contains("VM stays on " + m.source());
        assertThat(lab.currentHost(m.vm().id())).contains(m.source());
    }

    @Test
    void injectedFaultFailsTheMigrationWithAReason() {
        try (LabConnector faulty = open(LabOptions.defaults().withMigrationFailureRate(1))) {
            Move m = aMove(faulty);
            MigrationTask task = faulty.migrate(m.vm().id(), m.target().id());
            wall.advance(wallDuration(m.vm()));

            assertThat(task.status().state()).isEqualTo(TaskState.FAILED);
            assertThat(task.status().message()).startsWith("injected lab fault");
            assertThat(faulty.currentHost(m.vm().id())).contains(m.source());
        }
    }

    @Test
    void refusalsNameTheVmAndTheHost() {
        Move m = aMove(lab);
        String maintenance = lab.inventory().hosts().stream().filter(Host::inMaintenance).findFirst().orElseThrow().id();
        String excluded = lab.constraints().stream().filter(ExcludedVms.class::isInstance).map(ExcludedVms.class::cast)
                .findFirst().orElseThrow().vmIds().iterator().next();

        assertThatThrownBy(() -> lab.migrate("bb-nope", m.target().id())).isInstanceOf(ConnectorException.class)
                .hasMessage("lab:bitbrains-rnd refuses to migrate VM 'bb-nope' to host '" + m.target().id() + "': no such VM");
        assertThatThrownBy(() -> lab.migrate(m.vm().id(), "host-99")).hasMessageContaining("'host-99': no such host");
        assertThatThrownBy(() -> lab.migrate(m.vm().id(), maintenance)).hasMessageContaining("the host is in maintenance");
        assertThatThrownBy(() -> lab.migrate(excluded, m.target().id())).hasMessageContaining("excluded from migration");
        assertThatThrownBy(() -> lab.migrate(m.vm().id(), m.source())).hasMessageContaining("already runs there");
        lab.migrate(m.vm().id(), m.target().id());
        assertThatThrownBy(() -> lab.migrate(m.vm().id(), m.target().id())).hasMessageContaining("already migrating");
    }

    @Test
    void targetWithoutMemoryRefusesCountingMigrationsAlreadyHeadingThere() {
        Move m = aMove(lab);
        InventorySnapshot inv = lab.inventory();
        ConnectorException refused = null;
        for (Vm vm : inv.vms().stream().sorted(Comparator.comparingLong(Vm::memoryMib).reversed()).toList()) {
            if (refused != null || excluded(lab, vm.id()) || inv.placement().hostOf(vm.id()).orElseThrow().equals(m.target().id())) {
                continue;
            }
            try {
                lab.migrate(vm.id(), m.target().id());
            } catch (ConnectorException e) {
                refused = e;
            }
        }
        assertThat(refused).isNotNull();
        assertThat(refused.getMessage()).contains("host '" + m.target().id() + "'").contains("MiB of memory free");
    }

    @Test
    void awaitReturnsOnceTheMigrationEndsInWallTime() throws Exception {
        try (LabConnector fast = new LabConnector("bitbrains-rnd", BundledData.bitbrains(), LabOptions.defaults().withSpeed(3600))) {
            Move m = aMove(fast);
            TaskStatus s = fast.migrate(m.vm().id(), m.target().id()).await(Duration.ofSeconds(10));

            assertThat(s.state()).isEqualTo(TaskState.SUCCEEDED);
            assertThat(fast.currentHost(m.vm().id())).contains(m.target().id());
        }
    }
}
