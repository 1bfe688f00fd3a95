package dev.harmony.engine.affinity;

import dev.harmony.engine.model.Vm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads the bundled Bitbrains Rnd files (test resources only) into demand on a 5-minute UTC grid.
 * Timestamps are Unix seconds; samples falling into the same interval are averaged.
 */
public final class BitbrainsTestTraces {
    public static final Instant GRID_START = Instant.parse("2013-06-30T22:00:00Z");
    public static final Duration STEP = Duration.ofMinutes(5);
    public static final int INTERVALS = 32 * 288;
    public static final List<String> ACTIVE = List.of("/affinity/rnd-2013-7-56.csv.gz", "/affinity/rnd-2013-7-75.csv.gz",
            "/affinity/rnd-2013-7-77.csv.gz", "/affinity/rnd-2013-7-192.csv.gz", "/bitbrains/rnd-2013-7-4.csv.gz");
    public static final String LATE_STARTER = "/affinity/rnd-2013-7-14.csv.gz";

    private BitbrainsTestTraces() {
    }

    public static List<VmDemand> read(List<String> resources) {
        List<VmDemand> out = new ArrayList<>();
        for (String r : resources) {
            out.add(read(r));
        }
        return out;
    }

    /** One file; the VM id is {@code rnd-<number>}. */
    public static VmDemand read(String resource) {
        String id = "rnd-" + resource.replaceAll(".*-(\\d+)\\.csv\\.gz$", "$1");
        float[][] sum = new float[Resource.values().length][INTERVALS];
        int[] count = new int[INTERVALS];
        double cores = 1;
        double mhz = 0;
        double memKib = 1024;
        try (InputStream in = BitbrainsTestTraces.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(";\\s*");
                int t = (int) ((Long.parseLong(f[0].trim()) - GRID_START.getEpochSecond()) / STEP.toSeconds());
                if (t < 0 || t >= INTERVALS) {
                    continue;
                }
                cores = Double.parseDouble(f[1]);
                mhz = Double.parseDouble(f[2]);
                memKib = Math.max(memKib, Double.parseDouble(f[5]));
                sum[Resource.CPU.ordinal()][t] += (float) Double.parseDouble(f[3]);
                sum[Resource.MEMORY.ordinal()][t] += (float) Double.parseDouble(f[6]);
                sum[Resource.DISK.ordinal()][t] += (float) (Double.parseDouble(f[7]) + Double.parseDouble(f[8]));
                sum[Resource.NETWORK.ordinal()][t] += (float) (Double.parseDouble(f[9]) + Double.parseDouble(f[10]));
                count[t]++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (float[] series : sum) {
            for (int t = 0; t < INTERVALS; t++) {
                series[t] = count[t] == 0 ? Float.NaN : series[t] / count[t];
            }
        }
        Vm vm = new Vm(id, id, (int) Math.max(1, cores), Math.round(mhz), Math.max(1, Math.round(memKib / 1024)), "", "",
                Set.of(), "");
        return new VmDemand(vm, GRID_START, STEP, sum);
    }
}
