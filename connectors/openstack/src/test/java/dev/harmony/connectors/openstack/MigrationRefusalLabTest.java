package dev.harmony.connectors.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.connectors.openstack.compute.Microversion;
import dev.harmony.connectors.openstack.lab.OpenStackLab;
import dev.harmony.connectors.openstack.lab.SharedLab;
import dev.harmony.engine.connector.ConnectorException;
import dev.harmony.engine.connector.MigrationTask;
import dev.harmony.engine.connector.TaskState;
import dev.harmony.engine.connector.TaskStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Live migrations Nova refuses or fails, each reported with Nova's reason, on the real lab. */
@ExtendWith(SharedLab.class)
class MigrationRefusalLabTest {

    @Test
    void anUnknownTargetHostIsRefusedAtOnceWithNovasReason(OpenStackLab lab) {
        try (OpenStackConnector openstack = OpenStackConnector.open(lab.adminOptions())) {
            String vm2 = lab.server("vm2");
            String before = openstack.currentHost(vm2).orElseThrow();

            assertThatThrownBy(() -> openstack.migrate(vm2, "fake-host-9")).isInstanceOf(ConnectorException.class)
                    .hasMessage("Nova refused to live-migrate server vm2 (" + vm2 + ") to host fake-host-9: "
                            + "Compute host fake-host-9 could not be found.");
            assertThat(openstack.currentHost(vm2)).contains(before);
        }
    }

    @Test
    void from234AMoveToTheHostItIsOnEndsInErrorWithTheReasonNovaRecorded(OpenStackLab lab) throws InterruptedException {
        try (OpenStackConnector openstack = OpenStackConnector.open(lab.adminOptions())) {
            String vm3 = lab.server("vm3");
            String host = openstack.currentHost(vm3).orElseThrow();

            MigrationTask task = openstack.migrate(vm3, host);
            TaskStatus end = task.await(Duration.ofMinutes(1));

            assertThat(end.state()).isEqualTo(TaskState.FAILED);
            assertThat(end.message()).startsWith("Nova's live migration ").contains("of server vm3 (" + vm3 + ")")
                    .contains("ended in status error").contains("No valid host was found");
            assertThat(task.id()).startsWith("req-");
            assertThat(openstack.currentHost(vm3)).contains(host);
        }
    }

    @Test
    void beforeMicroversion234NovaChecksTheTargetBeforeAnsweringAndRefusesTheHostItIsOn(OpenStackLab lab) {
        try (OpenStackConnector openstack = OpenStackConnector.open(lab.adminOptions().withMaxMicroversion(Microversion.of("2.33")))) {
            String vm3 = lab.server("vm3");
            String host = openstack.currentHost(vm3).orElseThrow();

            assertThatThrownBy(() -> openstack.migrate(vm3, host)).isInstanceOf(ConnectorException.class)
                    .hasMessage("Nova refused to live-migrate server vm3 (" + vm3 + ") to host " + host + ": Unable to migrate instance ("
                            + vm3 + ") to current host (" + host + ").");
        }
    }

    @Test
    void aSecondRequestWhileTheServerMigratesIsRefusedAsBusy(OpenStackLab lab) throws InterruptedException {
        try (OpenStackConnector openstack = OpenStackConnector.open(lab.adminOptions())) {
            String vm6 = lab.server("vm6");
            String home = openstack.currentHost(vm6).orElseThrow();
            String away = openstack.inventory().hosts().stream().map(h -> h.id()).filter(h -> !h.equals(home)).findFirst().orElseThrow();

            MigrationTask first = openstack.migrate(vm6, away);
            assertThatThrownBy(() -> openstack.migrate(vm6, away)).isInstanceOf(ConnectorException.class)
                    .hasMessageStartingWith("Nova refused to live-migrate server vm6 (" + vm6 + ") from " + home + " to " + away
                            + " because of the server's current state or task: Cannot 'os-migrateLive' instance " + vm6);

            assertThat(first.await(Duration.ofMinutes(1)).state()).isEqualTo(TaskState.SUCCEEDED);
            assertThat(openstack.currentHost(vm6)).contains(away);
            assertThat(openstack.migrate(vm6, home).await(Duration.ofMinutes(1)).state()).isEqualTo(TaskState.SUCCEEDED);
            assertThat(openstack.currentHost(vm6)).contains(home);
        }
    }
}
