package dev.harmony.engine.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Plays "another running Harmony" for {@link HarmonyStoreFileTest}: run in a second JVM, it opens the
 * store given as argument, prints {@code open}, and holds it until its standard input closes.
 */
public final class StoreHolder {
    private StoreHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (HarmonyStore store = HarmonyStore.openFile(Path.of(args[0]))) {
            System.out.println("open " + store.location().orElseThrow());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Holds the store until the parent closes our input or ends us.
            }
        }
    }
}
