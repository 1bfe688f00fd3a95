package dev.harmony.engine.affinity;

import dev.harmony.engine.model.Vm;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;

/** Hand-made demand on a 5-minute grid for property tests, with a host whose capacity is easy to reason about. */
public final class SyntheticDemand {
    public static final Instant START = Instant.parse("2013-07-01T00:00:00Z");
    public static final Duration STEP = Duration.ofMinutes(5);
    public static final int DAY = 288;
    /** 8 cores of 2.6 GHz, 64 GiB, 200 MiB/s of disk, 1 Gbit/s each way. */
    public static final HostCapacity HOST = new HostCapacity(8 * 2600, 64 * 1024 * 1024, 200 * 1024, 2 * 122_070);

    private SyntheticDemand() {
    }

    public static Vm vm(String id) {
        return vm(id, "", "");
    }

    public static Vm vm(String id, String guestOs, String template) {
        return new Vm(id, id, 2, 5200, 4096, guestOs, "", Set.of(), template);
    }

    /** CPU as given; memory, disk and network constant at modest levels. */
    public static VmDemand cpu(Vm vm, float[] cpuMhz) {
        return of(vm, cpuMhz, constant(cpuMhz.length, 2_000_000f), constant(cpuMhz.length, 100f), constant(cpuMhz.length, 50f));
    }

    public static VmDemand of(Vm vm, float[] cpu, float[] memory, float[] disk, float[] network) {
        return new VmDemand(vm, START, STEP, new float[][] {cpu, memory, disk, network});
    }

    /** {@code high} during the first {@code busy} intervals of every day, {@code low} otherwise, shifted by {@code shift}. */
    public static float[] daily(int days, int busy, int shift, float low, float high) {
        float[] v = new float[days * DAY];
        for (int t = 0; t < v.length; t++) {
            v[t] = Math.floorMod(t - shift, DAY) < busy ? high : low;
        }
        return v;
    }

    public static float[] constant(int n, float value) {
        float[] v = new float[n];
        Arrays.fill(v, value);
        return v;
    }

    public static Window days(int days) {
        return Window.of(START, Duration.ofDays(days));
    }
}
