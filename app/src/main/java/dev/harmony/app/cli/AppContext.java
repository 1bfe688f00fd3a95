package dev.harmony.app.cli;

import dev.harmony.app.profile.ProfileFile;
import dev.harmony.app.profile.ProfileKinds;
import dev.harmony.app.profile.ProfileSecrets;
import dev.harmony.connectors.lab.catalog.LabCatalog;
import dev.harmony.connectors.vcenter.session.ReconnectPolicy;
import dev.harmony.connectors.vcenter.trust.PinFile;
import dev.harmony.connectors.lab.catalog.StoredLabs;
import dev.harmony.connectors.lab.dataset.LabDatasetLoader;
import dev.harmony.engine.store.DataDirectory;
import dev.harmony.engine.store.HarmonyStore;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * What the commands share: the data directory, the store (opened on first use, closed at exit) and the
 * lab catalog over it. Created once per process by {@link dev.harmony.app.Main}, or per test.
 */
public final class AppContext implements AutoCloseable {
    private final DataDirectory dataDirectory;
    private final Path logFile;
    private final Supplier<HarmonyStore> storeOpener;
    private HarmonyStore store;
    private LabCatalog labs;
    private LabCatalog bundledLabs;
    private Terminal terminal = Terminal.system();

    /**
     * @param dataDirectory the user's data folder
     * @param logFile       the log file, named in error messages
     * @param storeOpener   opens the store; called at most once, and only when a command needs the store
     */
    public AppContext(DataDirectory dataDirectory, Path logFile, Supplier<HarmonyStore> storeOpener) {
        this.dataDirectory = dataDirectory;
        this.logFile = logFile;
        this.storeOpener = storeOpener;
    }

    /** The context of an interactive run: the store file under the data directory. */
    public static AppContext forUser(DataDirectory dataDirectory, Path logFile) {
        return new AppContext(dataDirectory, logFile, () -> HarmonyStore.openFile(dataDirectory.storePath()));
    }

    public synchronized HarmonyStore store() {
        if (store == null) {
            store = storeOpener.get();
        }
        return store;
    }

    /** The bundled labs plus those imported into the store. */
    public synchronized LabCatalog labs() {
        if (labs == null) {
            HarmonyStore s = store();
            labs = new LabCatalog(new LabDatasetLoader(), new StoredLabs(s.datasets(), s.telemetry()));
        }
        return labs;
    }

    /** The bundled labs only; needs no store, so it works while another Harmony holds the store open. */
    public synchronized LabCatalog bundledLabs() {
        if (bundledLabs == null) {
            bundledLabs = new LabCatalog(new LabDatasetLoader());
        }
        return bundledLabs;
    }

    /** The catalog that can answer for this lab name without opening the store when the lab is bundled. */
    public LabCatalog labsFor(String name) {
        return bundledLabs().contains(name) ? bundledLabs() : labs();
    }

    /** The kinds of connection profile this build opens: lab, vCenter (pins in the data folder), the OpenStack slot. */
    public ProfileKinds profileKinds() {
        return ProfileKinds.standard(this::labsFor, PinFile.in(dataDirectory), ReconnectPolicy.standard());
    }

    /** The connection profiles, {@code profiles.json} in the data folder. */
    public ProfileFile profiles() {
        return new ProfileFile(ProfileFile.in(dataDirectory), profileKinds());
    }

    /** The encrypted store of the profiles' passwords. */
    public ProfileSecrets secrets() {
        return ProfileSecrets.in(dataDirectory);
    }

    /** Where commands ask for secrets and approvals. */
    public synchronized Terminal terminal() {
        return terminal;
    }

    /** Replaces the process's terminal, for tests and for callers that read secrets elsewhere. */
    public synchronized AppContext useTerminal(Terminal replacement) {
        this.terminal = replacement;
        return this;
    }

    public DataDirectory dataDirectory() {
        return dataDirectory;
    }

    public Path logFile() {
        return logFile;
    }

    @Override
    public synchronized void close() {
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
