package dev.harmony.app.cli;

import dev.harmony.engine.store.DataDirectory;
import dev.harmony.engine.store.HarmonyStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the real {@code harmony} command line in-process against a real in-memory H2 store and captures its output. */
final class CliRun {
    final int exitCode;
    final String out;
    final String err;

    private CliRun(int exitCode, String out, String err) {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    static AppContext context(Path home, String storeName) {
        return new AppContext(new DataDirectory(home), home.resolve("logs/harmony.log"), () -> HarmonyStore.inMemory(storeName));
    }

    static CliRun run(AppContext context, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HarmonyCli.run(context, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
