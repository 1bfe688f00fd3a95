package dev.harmony.engine.affinity.features;

import dev.harmony.engine.affinity.DemandPanel;
import dev.harmony.engine.affinity.DemandStats;
import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.model.Vm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One feature row per VM of a {@link DemandPanel}: demand statistics per resource, the share of the
 * window measured, a normalised hour-of-day profile, size and hashed metadata. Demand levels enter
 * as {@code ln(1 + value)} in the resource's unit, because VM sizes span four orders of magnitude.
 */
public final class VmFeatures {
    private final FeatureOptions options;

    public VmFeatures(FeatureOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Column names, in order; the profile columns are {@code profile.h00} … {@code profile.h23}. */
    public List<String> columns() {
        List<String> names = new ArrayList<>();
        for (Resource r : Resource.values()) {
            String unit = "[" + r.unit() + "]";
            names.add(r.key() + ".mean.ln1p" + unit);
            names.add(r.key() + ".p50.ln1p" + unit);
            names.add(r.key() + ".p95.ln1p" + unit);
            names.add(r.key() + ".max.ln1p" + unit);
            names.add(r.key() + ".cov");
        }
        names.add("measured_fraction");
        for (int h = 0; h < HourProfile.HOURS; h++) {
            names.add(String.format(Locale.ROOT, "profile.h%02d", h));
        }
        names.add("size.vcpus.log2");
        names.add("size.memory.log2[MiB]");
        for (int b = 0; b < options.metadataBuckets(); b++) {
            names.add("os.bucket" + b);
        }
        for (int b = 0; b < options.metadataBuckets(); b++) {
            names.add("template.bucket" + b);
        }
        return names;
    }

    /** The feature rows of every VM in the panel, in panel order. */
    public FeatureMatrix extract(DemandPanel panel) {
        List<String> columns = columns();
        float[] values = new float[panel.size() * columns.size()];
        HourProfile profiles = new HourProfile(panel, options.zone());
        List<String> ids = new ArrayList<>(panel.size());
        for (int i = 0; i < panel.size(); i++) {
            ids.add(panel.vmId(i));
            int c = i * columns.size();
            int measured = 0;
            for (Resource r : Resource.values()) {
                DemandStats s = panel.stats(i, r);
                values[c++] = ln1p(s.mean());
                values[c++] = ln1p(s.p50());
                values[c++] = ln1p(s.p95());
                values[c++] = ln1p(s.max());
                values[c++] = (float) s.cov();
                measured = Math.max(measured, s.count());
            }
            values[c++] = (float) measured / panel.intervals();
            float[] profile = profiles.of(i, options.profileResource());
            System.arraycopy(profile, 0, values, c, profile.length);
            c += profile.length;
            Vm vm = panel.vm(i);
            values[c++] = (float) (Math.log(vm.vcpus()) / Math.log(2));
            values[c++] = (float) (Math.log(vm.memoryMib()) / Math.log(2));
            c = oneHot(values, c, vm.guestOs());
            oneHot(values, c, vm.template());
        }
        return new FeatureMatrix(ids, columns, values);
    }

    /** Marks the bucket of a non-empty name; an unknown (empty) name leaves every bucket 0. */
    private int oneHot(float[] values, int at, String name) {
        if (!name.isEmpty()) {
            // Spread String.hashCode's low bits, which are poor for short similar names.
            int h = name.hashCode() * 0x9E3779B9;
            values[at + Math.floorMod(h ^ (h >>> 16), options.metadataBuckets())] = 1;
        }
        return at + options.metadataBuckets();
    }

    private static float ln1p(double value) {
        return (float) Math.log1p(value);
    }
}
