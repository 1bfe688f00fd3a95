package dev.harmony.app.workstation;

import dev.harmony.engine.execution.ExecutionStore;
import dev.harmony.engine.store.HarmonyStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the window's panels keep between sessions: the store (model versions, plans, approvals, journal, audit
 * trail), the preferences, and the folder reports are offered in. The launcher passes the user's; tests and
 * throw-away windows use {@link #inMemory}.
 *
 * @param store        the Harmony store
 * @param execution    plans, journal and audit trail on that store
 * @param preferences  the window's remembered preferences
 * @param exportFolder where the export dialog starts
 */
public record WorkstationServices(HarmonyStore store, ExecutionStore execution, UiPreferences preferences, Path exportFolder) {
    private static final AtomicInteger IN_MEMORY = new AtomicInteger();

    public WorkstationServices {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(exportFolder, "exportFolder");
    }

    /** Services on an open store. */
    public static WorkstationServices on(HarmonyStore store, UiPreferences preferences, Path exportFolder) {
        return new WorkstationServices(store, ExecutionStore.on(store, Clock.systemUTC()), preferences, exportFolder);
    }

    /** A fresh in-memory store and in-memory preferences; nothing outlives the process. */
    public static WorkstationServices inMemory() {
        return on(HarmonyStore.inMemory("workstation-" + IN_MEMORY.incrementAndGet()), UiPreferences.inMemory(),
                Path.of(System.getProperty("java.io.tmpdir")));
    }
}
