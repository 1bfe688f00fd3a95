package dev.harmony.connectors.vcenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.connectors.vcenter.sim.SharedSimulator;
import dev.harmony.connectors.vcenter.sim.Simulator;
import dev.harmony.engine.connector.ConnectorException;
import dev.harmony.engine.connector.MigrationTask;
import dev.harmony.engine.connector.TaskState;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.InventorySnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** vMotions through RelocateVM_Task on the simulator, each VM's host read back from vCenter afterwards. */
@ExtendWith(SharedSimulator.class)
class MigrationTest {

    @Test
    void sixVmsMoveAndEachHostReadsBackAsTheTarget(Simulator simulator, @TempDir Path dir) throws Exception {
        try (VcenterConnector connector = new SimulatorLogin(dir).connect(simulator)) {
            InventorySnapshot before = connector.inventory();
            List<Host> hosts = before.hosts();
            List<MigrationTask> tasks = new ArrayList<>();
            // VMs from the end of the list, away from those the rule and inventory tests use.
            List<String> vms = before.vms().stream().map(v -> v.id()).sorted().toList();
            vms = vms.subList(vms.size() - 6, vms.size());
            for (int i = 0; i < vms.size(); i++) {
                String vm = vms.get(i);
                String from = before.placement().hostOf(vm).orElseThrow();
                // Every other target is in the other cluster, so both kinds of vMotion are exercised.
                Host target = hosts.stream().filter(h -> !h.id().equals(from)).toList().get(i % (hosts.size() - 1));
                tasks.add(connector.migrate(vm, target.id()));
            }
            for (MigrationTask task : tasks) {
                assertThat(task.id()).startsWith("task-");
                assertThat(task.await(Duration.ofSeconds(60)).state()).isEqualTo(TaskState.SUCCEEDED);
                assertThat(connector.currentHost(task.vmId())).contains(task.targetHostId());
                assertThat(task.sourceHostId()).isEqualTo(before.placement().hostOf(task.vmId()).orElseThrow());
            }
            InventorySnapshot after = connector.inventory();
            for (MigrationTask task : tasks) {
                assertThat(after.placement().hostOf(task.vmId())).contains(task.targetHostId());
            }
        }
    }

    @Test
    void unknownVmIsRefusedWithItsId(Simulator simulator, @TempDir Path dir) {
        try (VcenterConnector connector = new SimulatorLogin(dir).connect(simulator)) {
            String host = connector.inventory().hosts().get(0).id();
            assertThatThrownBy(() -> connector.migrate("vm-999999", host))
                    .isInstanceOf(ConnectorException.class)
                    .hasMessageContaining("vm-999999");
            assertThat(connector.currentHost("vm-999999")).isEmpty();
        }
    }
}
