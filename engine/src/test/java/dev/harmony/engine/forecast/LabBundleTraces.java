package dev.harmony.engine.forecast;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.model.Vm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads the demo lab's bundled Bitbrains month (120 VMs) straight from the lab module's resource folder,
 * because the engine may not depend on the connector module. Rows are averaged onto the lab's 5-minute
 * UTC grid; rows without any measurement and unreadable rows leave the interval missing, as the lab does.
 */
final class LabBundleTraces {
    static final Path FOLDER = Path.of("..", "connectors", "lab", "src", "main", "resources", "dev", "harmony",
            "connectors", "lab", "data", "bitbrains-rnd");
    static final Instant GRID_START = Instant.parse("2013-06-30T22:00:00Z");
    static final Duration STEP = Duration.ofMinutes(5);
    static final int INTERVALS = 30 * 288;

    private LabBundleTraces() {
    }

    /** Every VM of the bundle, ordered by file name. */
    static List<VmDemand> readAll() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<VmDemand> out = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".csv.gz")).sorted().toList()) {
                out.add(read(file));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + FOLDER.toAbsolutePath(), e);
        }
    }

    static VmDemand read(Path file) {
        String id = "bb-" + file.getFileName().toString().replace(".csv.gz", "");
        float[][] sum = new float[Resource.values().length][INTERVALS];
        int[] count = new int[INTERVALS];
        double cores = 1;
        double mhz = 1;
        double memKib = 1024;
        try (InputStream in = Files.newInputStream(file);
                BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                double[] f = fields(line);
                if (f == null || f[1] == 0 && f[2] == 0 && f[5] == 0) {
                    continue;
                }
                int t = (int) Math.floorDiv((long) f[0] - GRID_START.getEpochSecond(), STEP.toSeconds());
                if (t < 0 || t >= INTERVALS) {
                    continue;
                }
                cores = Math.max(cores, f[1]);
                mhz = Math.max(mhz, f[2]);
                memKib = Math.max(memKib, f[5]);
                sum[Resource.CPU.ordinal()][t] += (float) f[3];
                sum[Resource.MEMORY.ordinal()][t] += (float) f[6];
                sum[Resource.DISK.ordinal()][t] += (float) (f[7] + f[8]);
                sum[Resource.NETWORK.ordinal()][t] += (float) (f[9] + f[10]);
                count[t]++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        for (float[] series : sum) {
            for (int t = 0; t < INTERVALS; t++) {
                series[t] = count[t] == 0 ? Float.NaN : series[t] / count[t];
            }
        }
        Vm vm = new Vm(id, id, (int) cores, Math.round(mhz), Math.max(1, Math.round(memKib / 1024)), "", "", Set.of(), "");
        return new VmDemand(vm, GRID_START, STEP, sum);
    }

    /** The 11 numeric fields of a row, or null when the row is unreadable or holds a negative or non-finite value. */
    private static double[] fields(String line) {
        String[] parts = line.split(";");
        if (parts.length != 11) {
            return null;
        }
        double[] f = new double[11];
        try {
            for (int i = 0; i < 11; i++) {
                f[i] = Double.parseDouble(parts[i].trim());
                if (!Double.isFinite(f[i]) || f[i] < 0) {
                    return null;
                }
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return f;
    }
}
