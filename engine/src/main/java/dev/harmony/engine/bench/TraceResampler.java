package dev.harmony.engine.bench;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.model.Vm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds a large pool from a real trace: each new VM copies the demand of a randomly drawn real VM,
 * starting on a randomly drawn day (wrapping round the trace), scaled by a factor drawn from 0.75–1.25.
 * All new VMs share the first real VM's grid start and step, so windows line up.
 */
public final class TraceResampler {
    private final List<VmDemand> sources;

    /** @param sources real VMs' demand on one step, at least one whole day each */
    public TraceResampler(List<VmDemand> sources) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("resampling needs at least one real VM");
        }
        this.sources = List.copyOf(sources);
    }

    public Duration step() {
        return sources.get(0).step();
    }

    /** Intervals in one day on the trace's step. */
    public int intervalsPerDay() {
        return (int) (Duration.ofDays(1).toSeconds() / step().toSeconds());
    }

    /** {@code count} VMs named {@code bench-00000…}, each {@code days} long; the same seed gives the same pool. */
    public List<VmDemand> sample(int count, int days, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int perDay = intervalsPerDay();
        int length = days * perDay;
        List<VmDemand> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            VmDemand source = sources.get(random.nextInt(sources.size()));
            int sourceDays = Math.max(1, source.size() / perDay);
            int offset = random.nextInt(sourceDays) * perDay;
            float scale = (float) (0.75 + 0.5 * random.nextDouble());
            float[][] demand = new float[Resource.values().length][length];
            for (Resource r : Resource.values()) {
                float[] from = source.values(r);
                float[] to = demand[r.ordinal()];
                for (int t = 0; t < length; t++) {
                    to[t] = from[(offset + t) % from.length] * scale;
                }
            }
            Vm real = source.vm();
            String id = String.format(java.util.Locale.ROOT, "bench-%05d", i);
            Vm vm = new Vm(id, id, real.vcpus(), real.cpuCapacityMhz(), real.memoryMib(), real.guestOs(), real.application(),
                    real.tags(), real.template());
            out.add(new VmDemand(vm, sources.get(0).start(), step(), demand));
        }
        return out;
    }
}
