package dev.harmony.app.cli;

import dev.harmony.connectors.lab.catalog.LabImporter;
import dev.harmony.connectors.lab.dataset.LabDataset;
import dev.harmony.connectors.lab.dataset.LabDatasetLoader;
import dev.harmony.engine.store.DatasetInfo;
import dev.harmony.engine.store.HarmonyStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code harmony lab import FOLDER}: reads a full trace (either format) and keeps it in the store as a lab. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a folder (or .zip) of Bitbrains GWA-T-12 or PlanetLab trace files into the store as a lab.",
            "The whole folder is read and checked before anything is written; a failed import leaves the store as it was."})
final class LabImportCommand implements Callable<Integer> {
    private final AppContext context;
    @Parameters(index = "0", paramLabel = "FOLDER", description = "Folder or .zip holding the trace files.")
    private Path folder;
    @Option(names = "--name", paramLabel = "NAME", description = "Lab name (default: derived from the folder name).")
    private String name;
    @Option(names = "--replace", description = "Replace an imported lab of the same name.")
    private boolean replace;
    @Mixin
    private JsonOption json;
    @Spec
    private CommandSpec spec;

    LabImportCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!Files.exists(folder)) {
            throw new UserError("no such folder or file: " + folder.toAbsolutePath());
        }
        String lab = name != null ? name : LabNames.fromPath(folder);
        LabNames.requireValid(lab);
        if (context.bundledLabs().contains(lab)) {
            throw new UserError("'" + lab + "' is a bundled lab; choose another name with --name");
        }
        HarmonyStore store = context.store();
        if (store.datasets().find(lab).isPresent() && !replace) {
            throw new UserError("a lab named '" + lab + "' is already imported; add --replace to replace it, or choose --name");
        }
        PrintWriter err = spec.commandLine().getErr();
        TerminalProgress progress = new TerminalProgress(err, TerminalProgress.onTerminal(), "harmony: ", 0);
        progress.step(0, 2, "reading " + folder.toAbsolutePath() + " …");
        long t0 = System.nanoTime();
        LabDataset dataset = new LabDatasetLoader().load(lab, folder);
        long t1 = System.nanoTime();
        progress.step(1, 2, String.format(Locale.ROOT, "read %d VMs in %.1f s; writing to the store …", dataset.vms().size(), (t1 - t0) / 1e9));
        DatasetInfo info = new LabImporter(store.datasets(), store.telemetry(), Clock.systemUTC()).importDataset(lab, dataset);
        long t2 = System.nanoTime();
        progress.step(2, 2, String.format(Locale.ROOT, "written in %.1f s", (t2 - t1) / 1e9));
        progress.finish();
        context.labs().evict(lab);
        store.compactOnClose();

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", "harmony.lab-import/1");
        doc.put("name", lab);
        doc.put("format", info.format());
        doc.put("origin", info.origin());
        doc.put("vms", info.vmCount());
        doc.put("start", info.start().toString());
        doc.put("end", info.end().toString());
        doc.put("interval_s", info.intervalS());
        doc.put("rows_read", info.rowsRead());
        doc.put("repaired_rows", info.repairedRows());
        doc.put("dropped_rows", info.droppedRows());
        doc.put("rejected_files", dataset.report().rejectedFiles().size());
        doc.put("input_bytes", sizeOf(folder));
        doc.put("stored_telemetry_bytes", store.telemetry().storedBytes(lab));
        doc.put("parse_s", round((t1 - t0) / 1e9));
        doc.put("store_s", round((t2 - t1) / 1e9));
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            JsonOutput.write(out, doc);
        } else {
            out.printf(Locale.ROOT, "Imported lab %s: %,d VMs, %,d rows read, %,d repaired, %,d dropped, %d file(s) rejected%n",
                    lab, info.vmCount(), info.rowsRead(), info.repairedRows(), info.droppedRows(),
                    dataset.report().rejectedFiles().size());
            out.printf(Locale.ROOT, "  read %.1f s, stored %.1f s; %,d input bytes → %,d bytes of stored telemetry%n",
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, (long) doc.get("input_bytes"), (long) doc.get("stored_telemetry_bytes"));
            dataset.report().rejectedFiles().forEach(r -> out.println("  rejected: " + r));
            out.flush();
        }
        return ExitCodes.OK;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 100) / 100.0;
    }

    private static long sizeOf(Path path) {
        if (Files.isRegularFile(path)) {
            try {
                return Files.size(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + path, e);
        }
    }
}
