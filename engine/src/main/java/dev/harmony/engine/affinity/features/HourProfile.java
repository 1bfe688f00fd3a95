package dev.harmony.engine.affinity.features;

import dev.harmony.engine.affinity.DemandPanel;
import dev.harmony.engine.affinity.Resource;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * Hour-of-day profiles: a VM's mean demand in each local hour, divided by the sum over hours so the
 * 24 values add up to 1. An hour without data takes the mean of the hours with data; a VM with no data
 * or no demand gets the flat profile 1/24.
 */
final class HourProfile {
    static final int HOURS = 24;

    private final DemandPanel panel;
    private final int[] hourOfInterval;

    HourProfile(DemandPanel panel, ZoneId zone) {
        this.panel = panel;
        this.hourOfInterval = new int[panel.intervals()];
        for (int t = 0; t < hourOfInterval.length; t++) {
            hourOfInterval[t] = panel.intervalStart(t).atZone(zone).getHour();
        }
    }

    float[] of(int vm, Resource resource) {
        float[] values = panel.values(vm, resource);
        double[] sum = new double[HOURS];
        int[] count = new int[HOURS];
        for (int t = 0; t < values.length; t++) {
            if (!Float.isNaN(values[t])) {
                sum[hourOfInterval[t]] += values[t];
                count[hourOfInterval[t]]++;
            }
        }
        double known = 0;
        int hoursKnown = 0;
        for (int h = 0; h < HOURS; h++) {
            if (count[h] > 0) {
                sum[h] /= count[h];
                known += sum[h];
                hoursKnown++;
            }
        }
        float[] profile = new float[HOURS];
        if (hoursKnown == 0 || known <= 0) {
            Arrays.fill(profile, 1f / HOURS);
            return profile;
        }
        double fill = known / hoursKnown;
        double total = known + fill * (HOURS - hoursKnown);
        for (int h = 0; h < HOURS; h++) {
            profile[h] = (float) ((count[h] > 0 ? sum[h] : fill) / total);
        }
        return profile;
    }
}
