package dev.harmony.connectors.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.connectors.openstack.auth.Token;
import dev.harmony.connectors.openstack.compute.Ladders;
import dev.harmony.connectors.openstack.compute.Microversion;
import dev.harmony.connectors.openstack.lab.OpenStackLab;
import dev.harmony.connectors.openstack.lab.SharedLab;
import dev.harmony.connectors.openstack.lab.ShiftableClock;
import dev.harmony.engine.connector.ConnectorException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Keystone v3 logins against the lab's real Keystone: password, application credential, refusal, renewal. */
@ExtendWith(SharedLab.class)
class KeystoneLabTest {

    @Test
    void passwordLoginGivesATokenWithTheCatalog(OpenStackLab lab) {
        try (OpenStackConnector openstack = OpenStackConnector.open(lab.adminOptions())) {
            Token token = openstack.keystone().token();

            assertThat(token.catalog().find("compute", "public", "")).contains(URI.create("http://127.0.0.1:8774/v2.1"));
            assertThat(token.catalog().find("placement", "public", "RegionOne")).contains(URI.create("http://127.0.0.1:8778"));
            assertThat(token.expiresAt()).isAfter(Instant.now().plus(Duration.ofMinutes(30)));
            assertThat(token.toString()).doesNotContain(token.value());
            assertThat(openstack.name()).isEqualTo("openstack:127.0.0.1:5000");
            assertThat(openstack.microversionFor(Ladders.HYPERVISORS)).isEqualTo(Microversion.of("2.88"));
            assertThat(openstack.microversionFor(Ladders.SERVERS)).isEqualTo(Microversion.of("2.47"));
        }
    }

    @Test
    void applicationCredentialLoginReachesTheSameProject(OpenStackLab lab) {
        try (OpenStackConnector admin = OpenStackConnector.open(lab.adminOptions());
                OpenStackConnector app = OpenStackConnector.open(lab.applicationCredentialOptions())) {
            assertThat(app.keystone().token().projectId()).isEqualTo(admin.keystone().token().projectId()).isNotBlank();
            assertThat(app.inventory().hosts()).hasSize(3);
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAPlainReason(OpenStackLab lab) {
        OpenStackOptions wrong = OpenStackOptions.password(lab.authUrl(), "admin", "Default", "admin", "Default",
                (url, who) -> "not-the-password".toCharArray());

        assertThatThrownBy(() -> OpenStackConnector.open(wrong)).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("Keystone http://127.0.0.1:5000/v3 refused admin@Default")
                .hasMessageContaining("wrong password");
    }

    @Test
    void aTokenAboutToExpireIsReplacedBeforeTheNextCall(OpenStackLab lab) {
        ShiftableClock clock = new ShiftableClock();
        try (OpenStackConnector openstack = OpenStackConnector.open(lab.adminOptions().withRenewal(Duration.ofMinutes(5), clock))) {
            Token first = openstack.keystone().token();
            openstack.hypervisors();
            assertThat(openstack.keystone().logins()).isEqualTo(1);

            // Four minutes before expiry: every token the next calls use is fetched afresh. Keystone's own
            // clock has not moved, so each new token also looks close to expiry while the clock stays shifted.
            clock.shiftTo(first.expiresAt().minus(Duration.ofMinutes(4)));
            assertThat(openstack.hypervisors()).hasSize(3);
            int afterRenewal = openstack.keystone().logins();
            assertThat(afterRenewal).isGreaterThan(1);
            assertThat(openstack.keystone().token().value()).isNotEqualTo(first.value());

            // Back at the real time the new token has most of its hour left: no further login.
            clock.shiftTo(Instant.now());
            int now = openstack.keystone().logins();
            assertThat(openstack.servers()).isNotEmpty();
            assertThat(openstack.hypervisors()).hasSize(3);
            assertThat(openstack.keystone().logins()).isEqualTo(now);
        }
    }
}
