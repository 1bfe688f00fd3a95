package dev.harmony.app.cli;

import dev.harmony.connectors.lab.connector.LabOptions;
import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.execution.ExecutionStore;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What {@code harmony execute} and {@code harmony audit} run against: the plan's source as a connector,
 * and the execution stores in the user's store file. A lab keeps its state under the data directory
 * ({@code labs/<name>/state.json}), so a later run, or the run after a crash, finds the VMs where the
 * last one left them.
 */
final class ExecuteSources {
    private ExecuteSources() {
    }

    /** Opens the connector a plan names, e.g. {@code lab:bitbrains-rnd}; lab replays run at {@code labSpeed}. */
    static Connector open(AppContext context, String source, double labSpeed) {
        return open(context, source, labSpeed, new java.io.PrintWriter(System.err, true));
    }

    /**
     * Opens the connector a plan names: {@code lab:NAME}, or {@code profile:NAME} (a lab profile opens its lab the
     * same way; others log in through the profile, asking on {@code err}'s terminal).
     */
    static Connector open(AppContext context, String source, double labSpeed, java.io.PrintWriter err) {
        dev.harmony.app.profile.ConnectionProfile profile = Sources.profileOf(context, source);
        if (profile != null && !dev.harmony.app.profile.LabProfileKind.ID.equals(profile.kind())) {
            return dev.harmony.app.profile.ProfileConnector.open(context.profileKinds(), profile, Sources.login(context, err));
        }
        if (source.startsWith(Sources.LAB) || profile != null) {
            String lab = Sources.labOf(context, source, "execute");
            return context.labsFor(lab).open(lab, LabOptions.defaults().withSpeed(labSpeed).withStateFile(labState(context, lab)));
        }
        throw new UserError("no connector for the plan's source '" + source + "'; this Harmony executes against labs (lab:NAME)"
                + " and connection profiles (profile:NAME)", ExitCodes.UNAVAILABLE);
    }

    /** Where a lab's placement is kept between runs of the command. */
    static Path labState(AppContext context, String lab) {
        return context.dataDirectory().root().resolve("labs").resolve(lab).resolve("state.json");
    }

    /** Plans, journal and audit trail in the user's store file. */
    static ExecutionStore executionStore(AppContext context) {
        try {
            return ExecutionStore.on(context.store(), Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            throw new UserError("plans and the audit trail live in the store file; " + e.getMessage(), ExitCodes.UNAVAILABLE);
        }
    }
}
