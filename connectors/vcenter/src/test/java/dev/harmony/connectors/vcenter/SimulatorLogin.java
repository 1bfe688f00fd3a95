package dev.harmony.connectors.vcenter;

import dev.harmony.connectors.vcenter.credentials.CredentialSource;
import dev.harmony.connectors.vcenter.credentials.Credentials;
import dev.harmony.connectors.vcenter.session.ReconnectPolicy;
import dev.harmony.connectors.vcenter.sim.Simulator;
import dev.harmony.connectors.vcenter.trust.FirstUseApproval;
import dev.harmony.connectors.vcenter.trust.PinFile;
import dev.harmony.connectors.vcenter.trust.ServerCertificate;
import dev.harmony.connectors.vcenter.trust.TlsPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Connects tests to a simulator the way a user would: pinned on first use, credentials asked for. */
final class SimulatorLogin {
    /** Short waits, so that a test of an unreachable vCenter ends in about a second. */
    static final ReconnectPolicy QUICK = new ReconnectPolicy(3, Duration.ofMillis(100), Duration.ofMillis(400));

    final AtomicInteger credentialRequests = new AtomicInteger();
    final List<ServerCertificate> shown = new CopyOnWriteArrayList<>();
    final PinFile pins;

    SimulatorLogin(Path folder) {
        this.pins = new PinFile(folder.resolve("pinned-certificates.properties"));
    }

    /** The simulator takes any user and password; this one counts how often it is asked. */
    CredentialSource credentials() {
        return vcenter -> {
            credentialRequests.incrementAndGet();
            return new Credentials("planner@vsphere.local", "not-a-real-secret".toCharArray());
        };
    }

    /** Approves every certificate met for the first time, remembering what it was shown. */
    FirstUseApproval approveAll() {
        return presented -> {
            shown.add(presented);
            return true;
        };
    }

    VcenterOptions options(Simulator simulator) {
        return VcenterOptions.of(simulator.sdk(), credentials(), TlsPolicy.pinOnFirstUse(pins, approveAll()))
                .withReconnect(QUICK);
    }

    VcenterConnector connect(Simulator simulator) {
        return VcenterConnector.connect(options(simulator));
    }
}
