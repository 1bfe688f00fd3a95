package dev.harmony.connectors.vcenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.connectors.vcenter.sim.Simulator;
import dev.harmony.connectors.vcenter.sim.SimulatorSize;
import dev.harmony.engine.connector.ConnectorException;
import dev.harmony.engine.connector.TaskState;
import dev.harmony.engine.model.InventorySnapshot;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vCenter that goes away and comes back: the connector reports it unreachable with a plain
 * message after its backoff, and works again once vCenter answers, logging in afresh (the
 * restarted simulator has forgotten the old session). Uses its own simulator, as it stops it.
 */
class ReconnectTest {

    @Test
    void stoppedVcenterGivesClearErrorAndConnectorRecoversAfterRestart(@TempDir Path dir) {
        SimulatorLogin login = new SimulatorLogin(dir);
        Simulator simulator = Simulator.start(SimulatorSize.SMALL);
        try (VcenterConnector connector = login.connect(simulator)) {
            InventorySnapshot before = connector.inventory();
            simulator.stop();

            long started = System.nanoTime();
            assertThatThrownBy(connector::inventory)
                    .isInstanceOf(ConnectorException.class)
                    .hasMessageContaining("vCenter 127.0.0.1:" + simulator.port() + " is unreachable while reading the inventory")
                    .hasMessageContaining("3 tries")
                    .hasMessageContaining("the next call tries again");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));

            simulator = simulator.restart();
            InventorySnapshot after = connector.inventory();
            assertThat(after.vms()).hasSameSizeAs(before.vms());
            assertThat(login.credentialRequests).as("the password is kept in memory for reconnects").hasValue(1);
            assertThat(login.shown).as("the same certificate is trusted by its pin, not asked again").hasSize(1);
        } finally {
            simulator.stop();
        }
    }

    @Test
    void aFirstConnectionToAnAddressWithNoVcenterFailsAtOnceWithoutTheBackoff(@TempDir Path dir) throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        SimulatorLogin login = new SimulatorLogin(dir);
        // The standard policy: six tries over about half a minute, for a session that drops later.
        VcenterOptions options = VcenterOptions.of(java.net.URI.create("https://127.0.0.1:" + port + "/sdk"), login.credentials(),
                dev.harmony.connectors.vcenter.trust.TlsPolicy.pinOnFirstUse(login.pins, login.approveAll()));

        assertThatThrownBy(() -> VcenterConnector.connect(options))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("vCenter 127.0.0.1:" + port + " is unreachable while connecting")
                .hasMessageContaining("(1 try over");
    }

    @Test
    void migrationStartedWhileVcenterIsDownFailsAndSucceedsOnceItIsBack(@TempDir Path dir) throws Exception {
        SimulatorLogin login = new SimulatorLogin(dir);
        Simulator simulator = Simulator.start(SimulatorSize.SMALL);
        try (VcenterConnector connector = login.connect(simulator)) {
            InventorySnapshot inventory = connector.inventory();
            String vm = inventory.vms().get(0).id();
            String from = inventory.placement().hostOf(vm).orElseThrow();
            String to = inventory.hosts().stream().map(h -> h.id()).filter(h -> !h.equals(from)).findFirst().orElseThrow();
            simulator.stop();

            assertThatThrownBy(() -> connector.migrate(vm, to))
                    .isInstanceOf(ConnectorException.class)
                    .hasMessageContaining("unreachable");
            assertThat(connector.name()).isEqualTo("vcenter:127.0.0.1:" + simulator.port());

            simulator = simulator.restart();
            assertThat(connector.migrate(vm, to).await(Duration.ofSeconds(30)).state()).isEqualTo(TaskState.SUCCEEDED);
            assertThat(connector.currentHost(vm)).contains(to);
        } finally {
            simulator.stop();
        }
    }
}
