package dev.harmony.connectors.lab.dataset;

import dev.harmony.connectors.lab.trace.BitbrainsParser;
import dev.harmony.connectors.lab.trace.ParseReport;
import dev.harmony.connectors.lab.trace.PlanetLabParser;
import dev.harmony.connectors.lab.trace.TraceFormat;
import dev.harmony.connectors.lab.trace.TraceFormatException;
import dev.harmony.connectors.lab.trace.TraceParser;
import dev.harmony.connectors.lab.trace.VmTrace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a {@link LabDataset} from a folder, a zip or a bundled source, detecting the format. Files are
 * parsed in parallel; a file the policy rejects is skipped and listed in the report, and loading fails
 * only when no file is usable.
 */
public final class LabDatasetLoader {
    private static final Logger LOG = LoggerFactory.getLogger(LabDatasetLoader.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final int threads;

    /** A loader using every available processor. */
    public LabDatasetLoader() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public LabDatasetLoader(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive, was " + threads);
        }
        this.threads = threads;
    }

    /** Loads a folder of trace files or a zip of them. */
    public LabDataset load(String name, Path folderOrZip) {
        if (Files.isDirectory(folderOrZip)) {
            return load(name, TraceSource.folder(folderOrZip));
        }
        if (Files.isRegularFile(folderOrZip) && folderOrZip.toString().endsWith(".zip")) {
            return load(name, TraceSource.zip(folderOrZip));
        }
        throw new TraceFormatException(folderOrZip.toString(), 0, "is neither a folder nor a .zip file;"
                + " expected a folder of trace files (Bitbrains .csv/.csv.gz or PlanetLab day files)");
    }

    /**
     * Loads every trace file of a source.
     *
     * @throws TraceFormatException when the format cannot be told or no file is usable
     */
    public LabDataset load(String name, TraceSource source) {
        long started = System.nanoTime();
        List<String> names;
        TraceFormat format;
        try {
            names = source.names().stream().filter(n -> !FormatDetector.isDocumentation(n)).toList();
            format = FormatDetector.detect(source, names);
        } catch (IOException e) {
            throw new TraceFormatException(source.origin(), 0, "cannot be read: " + e.getMessage(), e);
        }
        List<String> data = format == TraceFormat.BITBRAINS
                ? names.stream().filter(FormatDetector::isBitbrainsName).toList() : names;
        List<ParseReport> reports = new ArrayList<>();
        List<VmTrace> traces = parseAll(source, format, data, reports);
        if (traces.isEmpty()) {
            throw new TraceFormatException(source.origin(), 0, "no usable trace file among " + data.size()
                    + "; rejected: " + ParseReport.merge(reports).rejectedFiles());
        }
        traces.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.vmId(), b.vmId()));
        if (data.size() < names.size()) {
            reports.add(new ParseReport(0, List.of(), 0, 0, 0, Map.of(), 0,
                    List.of(source.origin() + ": " + (names.size() - data.size()) + " file(s) without .csv/.csv.gz ignored"),
                    List.of()));
        }
        ParseReport report = ParseReport.merge(reports);
        LabDataset dataset = LabDataset.of(name, format, source.origin(), traces, report);
        LOG.info("loaded {} from {}: {} VMs, {} rows, {} repaired, {} dropped, {} rejected files in {} ms", name,
                source.origin(), traces.size(), report.rowsRead(), report.repairedRows(), report.droppedRows(),
                report.rejectedFiles().size(), (System.nanoTime() - started) / 1_000_000);
        return dataset;
    }

    private List<VmTrace> parseAll(TraceSource source, TraceFormat format, List<String> files, List<ParseReport> reports) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "harmony-lab-parse");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<VmTrace>> futures = new ArrayList<>();
            for (String file : files) {
                TraceParser parser = parser(format, source, file);
                futures.add(pool.submit(() -> parseOne(source, parser, file)));
            }
            List<VmTrace> traces = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (Future<VmTrace> f : futures) {
                try {
                    VmTrace t = f.get();
                    if (!ids.add(t.vmId())) {
                        throw new TraceFormatException(t.file(), 0, "gives VM id " + t.vmId()
                                + " which another file already gave; expected one file per VM");
                    }
                    traces.add(t);
                    reports.add(t.report());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TraceFormatException tfe)) {
                        throw new IllegalStateException("parsing " + source.origin() + " failed", e.getCause());
                    }
                    LOG.warn("rejected {}", tfe.getMessage());
                    reports.add(ParseReport.rejected(tfe));
                } catch (TraceFormatException tfe) {
                    reports.add(ParseReport.rejected(tfe));
                }
            }
            return traces;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading " + source.origin(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static VmTrace parseOne(TraceSource source, TraceParser parser, String file) {
        try (InputStream in = source.open(file)) {
            return parser.parse(file, in);
        } catch (IOException e) {
            throw new TraceFormatException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** PlanetLab files carry no date: the day is the name of their folder (or zip entry folder), yyyymmdd. */
    private static TraceParser parser(TraceFormat format, TraceSource source, String file) {
        if (format == TraceFormat.BITBRAINS) {
            return new BitbrainsParser();
        }
        int slash = file.lastIndexOf('/');
        String folder = slash > 0 ? file.substring(file.lastIndexOf('/', slash - 1) + 1, slash) : source.label();
        try {
            return new PlanetLabParser(LocalDate.parse(folder, DAY));
        } catch (DateTimeParseException e) {
            throw new TraceFormatException(source.origin(), 0, "PlanetLab files need their day: folder '" + folder
                    + "' is not a date yyyymmdd; expected a folder such as 20110303");
        }
    }
}
