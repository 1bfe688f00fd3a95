package dev.harmony.connectors.vcenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.connectors.vcenter.sim.SharedSimulator;
import dev.harmony.connectors.vcenter.sim.Simulator;
import dev.harmony.connectors.vcenter.sim.SimulatorSize;
import dev.harmony.connectors.vcenter.trust.FirstUseApproval;
import dev.harmony.connectors.vcenter.trust.TlsPolicy;
import dev.harmony.engine.connector.ConnectorException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Trust on first use against the simulator's real TLS endpoint: record, reuse, refuse a change, lab opt-out. */
@ExtendWith(SharedSimulator.class)
class CertificatePinningTest {

    @Test
    void firstConnectionShowsTheFingerprintAndRemembersIt(Simulator simulator, @TempDir Path dir) throws Exception {
        SimulatorLogin login = new SimulatorLogin(dir);
        try (VcenterConnector connector = login.connect(simulator)) {
            assertThat(connector.name()).isEqualTo("vcenter:127.0.0.1:" + simulator.port());
        }
        assertThat(login.shown).hasSize(1);
        String fingerprint = login.shown.get(0).sha256();
        assertThat(fingerprint).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(login.pins.pinned("127.0.0.1:" + simulator.port())).contains(fingerprint);
        assertThat(Files.readString(Path.of(login.pins.location()))).contains(fingerprint.replace(":", "\\:"));
    }

    @Test
    void laterConnectionsUseThePinWithoutAsking(Simulator simulator, @TempDir Path dir) {
        SimulatorLogin login = new SimulatorLogin(dir);
        login.connect(simulator).close();
        login.connect(simulator).close();
        assertThat(login.shown).hasSize(1);
        assertThat(login.credentialRequests).hasValue(2);
    }

    @Test
    void certificateNotApprovedIsRefusedBeforeCredentialsAreAsked(Simulator simulator, @TempDir Path dir) {
        SimulatorLogin login = new SimulatorLogin(dir);
        VcenterOptions options = VcenterOptions.of(simulator.sdk(), login.credentials(),
                TlsPolicy.pinOnFirstUse(login.pins, FirstUseApproval.expecting("00:11:22")));
        assertThatThrownBy(() -> VcenterConnector.connect(options))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("certificate was not approved")
                .hasMessageContaining("SHA-256");
        assertThat(login.credentialRequests).hasValue(0);
        assertThat(login.pins.pinned("127.0.0.1:" + simulator.port())).isEmpty();
    }

    @Test
    void changedCertificateIsRefusedWithBothFingerprints(@TempDir Path dir) {
        SimulatorLogin login = new SimulatorLogin(dir);
        Simulator first = Simulator.startWithFreshCertificate(SimulatorSize.SMALL, 0);
        Simulator second = null;
        try {
            login.connect(first).close();
            String pinned = login.shown.get(0).sha256();
            second = first.restartWithFreshCertificate();
            Simulator changed = second;
            assertThatThrownBy(() -> login.connect(changed))
                    .isInstanceOf(ConnectorException.class)
                    .hasMessageContaining("certificate changed")
                    .hasMessageContaining("Pinned SHA-256 " + pinned)
                    .hasMessageContaining(login.pins.location());
            assertThat(login.credentialRequests).as("no password goes to a changed certificate").hasValue(1);
            assertThat(login.pins.pinned("127.0.0.1:" + first.port())).contains(pinned);
        } finally {
            first.stop();
            if (second != null) {
                second.stop();
            }
        }
    }

    @Test
    void labOptOutConnectsWithoutAskingOrPinning(Simulator simulator, @TempDir Path dir) {
        SimulatorLogin login = new SimulatorLogin(dir);
        VcenterOptions options = VcenterOptions.of(simulator.sdk(), login.credentials(), TlsPolicy.trustAnyForLab());
        try (VcenterConnector connector = VcenterConnector.connect(options)) {
            assertThat(connector.inventory().hosts()).hasSize(8);
        }
        assertThat(login.shown).isEmpty();
        assertThat(Files.exists(Path.of(login.pins.location()))).isFalse();
    }
}
