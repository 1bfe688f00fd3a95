package dev.harmony.app;

import dev.harmony.app.cli.AppContext;
import dev.harmony.app.cli.ExitCodes;
import dev.harmony.app.cli.HarmonyCli;
import dev.harmony.app.workstation.WorkstationLauncher;
import dev.harmony.engine.store.DataDirectory;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/** Entry point of {@code ./harmony}: no arguments opens the workstation, anything else runs a headless command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        DataDirectory data = DataDirectory.forCurrentUser();
        boolean verbose = Arrays.asList(args).contains("-v") || Arrays.asList(args).contains("--verbose");
        Path logFile = LogSetup.configure(data, verbose);
        if (args.length == 0) {
            System.exit(WorkstationLauncher.launch(AppContext.forUser(data, logFile), null));
        }
        if (args.length == 1 && OpenedFile.isHarmonyFile(args[0])) {
            // The desktop passes a double-clicked plan or scenario file as the only argument.
            System.exit(WorkstationLauncher.launch(AppContext.forUser(data, logFile), Path.of(args[0])));
        }
        int code;
        try (AppContext context = AppContext.forUser(data, logFile)) {
            PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
            PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
            code = HarmonyCli.run(context, out, err, args);
        } catch (RuntimeException e) {
            System.err.println("harmony: " + e.getMessage());
            code = ExitCodes.INTERNAL_ERROR;
        } catch (OutOfMemoryError e) {
            System.err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
            code = ExitCodes.INTERNAL_ERROR;
        }
        System.exit(code);
    }

    /** What a command that ran out of heap tells the user, instead of a stack trace. */
    static String outOfMemory(long maxHeapBytes) {
        return String.format(java.util.Locale.ROOT, "harmony: the command ran out of memory: Java may use %,d MiB here. Give it more"
                + " (HARMONY_JAVA_OPTS=-Xmx8g for ./harmony; for the installed harmony, raise -Xmx2g in /opt/harmony/lib/app/*.cfg) or ask for"
                + " less (fewer --days, a smaller lab).", maxHeapBytes / (1024 * 1024));
    }
}
