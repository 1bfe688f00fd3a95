package dev.harmony.engine.forecast;

import java.util.Arrays;

/**
 * The arithmetic of {@link SeasonalForecaster} for one series. Profiles hold shape only (each is
 * centred on its median); the level comes last, as the median residual of the most recent days, so
 * that a workload that moved recently is forecast where it is now. Not thread-safe; one instance per call.
 */
final class SeasonalFit {
    private static final long DAY = 86_400;
    private static final int MIN_BUCKET_RESIDUALS = 12;

    private final SeasonalOptions options;
    private long slotSeconds;
    private int slotsPerDay;
    private long lastDay;
    private double slope;
    private float[] daily;
    private final float[] weekday = new float[7];
    private float level;
    private float[] spread95;

    SeasonalFit(SeasonalOptions options) {
        this.options = options;
    }

    /** Fits the series; false when its training window holds no measured value. */
    boolean fit(float[] x, long startSec, long stepSec) {
        int perDay = (int) (DAY / stepSec);
        int from = Math.max(0, x.length - options.trainingDays() * perDay);
        slotSeconds = stepSec * ((3600 + stepSec - 1) / stepSec);
        while (DAY % slotSeconds != 0) {
            slotSeconds += stepSec;
        }
        slotsPerDay = (int) (DAY / slotSeconds);
        if (from >= x.length) {
            return false;
        }
        long s0 = Math.floorDiv(startSec + from * stepSec, slotSeconds);
        long s1 = Math.floorDiv(startSec + (x.length - 1) * stepSec, slotSeconds);
        float[] slotMean = slotMeans(x, from, startSec, stepSec, s0, (int) (s1 - s0 + 1));
        long firstDay = Math.floorDiv(s0, slotsPerDay);
        lastDay = Math.floorDiv(s1, slotsPerDay);
        float[] buffer = new float[Math.max(slotMean.length, 7 * slotsPerDay)];
        slope = theilSen(dayMedians(slotMean, s0, firstDay, buffer));
        float[] detrended = new float[slotMean.length];
        for (int k = 0; k < slotMean.length; k++) {
            detrended[k] = slotMean[k] - (float) trendAt(((s0 + k) * slotSeconds + slotSeconds / 2.0) / DAY);
        }
        daily = new float[slotsPerDay];
        for (int h = 0; h < slotsPerDay; h++) {
            daily[h] = medianOfPhase(detrended, (int) Math.floorMod(h - s0, slotsPerDay), slotsPerDay, buffer);
        }
        center(daily, buffer);
        weekdays(dayMedians(detrended, s0, firstDay, buffer), firstDay, buffer);
        return residuals(x, Math.max(from, x.length - options.residualDays() * perDay),
                Math.max(from, x.length - options.levelDays() * perDay), startSec, stepSec);
    }

    /** Writes the forecast of {@code p50.length} intervals from {@code startSec} into the arrays. */
    void fill(long startSec, long stepSec, long historyEndSec, float[] p50, float[] p95) {
        double capDay = (double) historyEndSec / DAY + options.trendCapDays();
        for (int t = 0; t < p50.length; ) {
            long slot = Math.floorDiv(startSec + t * stepSec, slotSeconds);
            int end = Math.min(p50.length, firstIndexAfter(slot, startSec, stepSec));
            double seasonal = level + seasonal(slot);
            float spread = spread95[spread95.length == 1 ? 0 : (int) Math.floorMod(slot, slotsPerDay)];
            for (; t < end; t++) {
                double base = seasonal + trendAt(Math.min((startSec + t * stepSec + stepSec / 2.0) / DAY, capDay));
                float median = (float) Math.max(0, base);
                p50[t] = median;
                p95[t] = (float) Math.max(median, base + spread);
            }
        }
    }

    /** The first index whose interval starts in a later slot than {@code slot}, on a grid from {@code startSec}. */
    private int firstIndexAfter(long slot, long startSec, long stepSec) {
        return (int) Math.min(Integer.MAX_VALUE, Math.floorDiv((slot + 1) * slotSeconds - startSec + stepSec - 1, stepSec));
    }

    private float[] slotMeans(float[] x, int from, long startSec, long stepSec, long s0, int slots) {
        float[] mean = new float[slots];
        for (int k = 0, t = from; k < slots; k++) {
            int end = Math.min(x.length, firstIndexAfter(s0 + k, startSec, stepSec));
            double sum = 0;
            int count = 0;
            for (; t < end; t++) {
                float v = x[t];
                if (v == v) {
                    sum += v;
                    count++;
                }
            }
            mean[k] = count == 0 ? Float.NaN : (float) (sum / count);
        }
        return mean;
    }

    /** Median of each day's slot values; NaN for a day with too few of them. */
    private float[] dayMedians(float[] slotValues, long s0, long firstDay, float[] buffer) {
        float[] median = new float[(int) (lastDay - firstDay + 1)];
        int needed = Math.max(1, (int) Math.ceil(options.minDayCoverage() * slotsPerDay));
        for (int d = 0; d < median.length; d++) {
            int n = 0;
            for (int h = 0; h < slotsPerDay; h++) {
                long k = (firstDay + d) * slotsPerDay + h - s0;
                if (k >= 0 && k < slotValues.length && !Float.isNaN(slotValues[(int) k])) {
                    buffer[n++] = slotValues[(int) k];
                }
            }
            median[d] = n >= needed ? Quantiles.median(buffer, n) : Float.NaN;
        }
        return median;
    }

    /** Theil–Sen slope per day through the recent daily medians; 0 below three usable days. */
    private double theilSen(float[] dayMedian) {
        int last = dayMedian.length - 1;
        int first = Math.max(0, last - options.trendDays() + 1);
        float[] slopes = new float[options.trendDays() * options.trendDays()];
        int pairs = 0;
        int usable = 0;
        for (int i = first; i <= last; i++) {
            if (Float.isNaN(dayMedian[i])) {
                continue;
            }
            usable++;
            for (int j = i + 1; j <= last; j++) {
                if (!Float.isNaN(dayMedian[j])) {
                    slopes[pairs++] = (dayMedian[j] - dayMedian[i]) / (j - i);
                }
            }
        }
        return usable >= 3 ? Quantiles.median(slopes, pairs) : 0;
    }

    /** Day-of-week offsets (Monday first) from the detrended daily medians; a weekday seen fewer than twice gets 0. */
    private void weekdays(float[] dayMedian, long firstDay, float[] buffer) {
        Arrays.fill(weekday, Float.NaN);
        for (int w = 0; w < 7; w++) {
            int first = (int) Math.floorMod(w - 3 - firstDay, 7);
            int n = 0;
            for (int d = first; d < dayMedian.length; d += 7) {
                if (!Float.isNaN(dayMedian[d])) {
                    buffer[n++] = dayMedian[d];
                }
            }
            weekday[w] = n >= 2 ? shrunkMedian(buffer, n) : Float.NaN;
        }
        center(weekday, buffer);
        for (int w = 0; w < 7; w++) {
            weekday[w] = Float.isNaN(weekday[w]) ? 0 : weekday[w];
        }
    }

    /**
     * The median of a weekday's values, shrunk towards 0 by how little it stands out of their own spread
     * (factor max(0, 1 − σ²/(n·m²)), σ from the median absolute deviation), so that an offset that is
     * mostly noise across the few weeks of history does not repeat in every forecast week.
     */
    private static float shrunkMedian(float[] buffer, int n) {
        float m = Quantiles.median(buffer, n);
        for (int i = 0; i < n; i++) {
            buffer[i] = Math.abs(buffer[i] - m);
        }
        double sigma = 1.4826 * Quantiles.median(buffer, n);
        double factor = m == 0 ? 0 : Math.max(0, 1 - sigma * sigma / (n * (double) m * m));
        return (float) (m * factor);
    }

    /** Median of the values at {@code first}, {@code first + period}, …; NaN when none was measured. */
    private static float medianOfPhase(float[] values, int first, int period, float[] buffer) {
        int n = 0;
        for (int k = first; k < values.length; k += period) {
            if (!Float.isNaN(values[k])) {
                buffer[n++] = values[k];
            }
        }
        return Quantiles.median(buffer, n);
    }

    /** Subtracts the median of the profile's measured values from each of them; unmeasured entries become 0. */
    private static void center(float[] profile, float[] buffer) {
        int n = 0;
        for (float v : profile) {
            if (!Float.isNaN(v)) {
                buffer[n++] = v;
            }
        }
        float median = n == 0 ? 0 : Quantiles.median(buffer, n);
        for (int i = 0; i < profile.length; i++) {
            profile[i] = Float.isNaN(profile[i]) ? 0 : profile[i] - median;
        }
    }

    /**
     * The level (median residual of the last {@code levelDays}) and the P95 spread above the median of the
     * last {@code residualDays}, per hour of the day when asked and when the hour has enough residuals.
     */
    private boolean residuals(float[] x, int from, int recentFrom, long startSec, long stepSec) {
        int buckets = options.residualByHour() ? slotsPerDay : 1;
        float[] residual = new float[x.length - from];
        int[] bucketOf = new int[residual.length];
        int[] count = new int[buckets];
        float[] recent = new float[x.length - Math.max(from, recentFrom)];
        int total = 0;
        int recentCount = 0;
        for (int t = from; t < x.length; ) {
            long slot = Math.floorDiv(startSec + t * stepSec, slotSeconds);
            int end = Math.min(x.length, firstIndexAfter(slot, startSec, stepSec));
            double seasonal = seasonal(slot);
            int b = buckets == 1 ? 0 : (int) Math.floorMod(slot, slotsPerDay);
            for (; t < end; t++) {
                if (Float.isNaN(x[t])) {
                    continue;
                }
                float e = (float) (x[t] - trendAt((startSec + t * stepSec + stepSec / 2.0) / DAY) - seasonal);
                if (t >= recentFrom) {
                    recent[recentCount++] = e;
                }
                residual[total] = e;
                bucketOf[total++] = b;
                count[b]++;
            }
        }
        if (total == 0) {
            return false;
        }
        float[] grouped = groupByBucket(residual, bucketOf, count, total);
        float median = Quantiles.median(residual.clone(), total);
        level = recentCount == 0 ? median : Quantiles.median(recent, recentCount);
        spread95 = new float[buckets];
        Arrays.fill(spread95, Quantiles.of(residual, total, 0.95) - median);
        for (int b = 0, at = 0; b < buckets; at += count[b++]) {
            if (buckets > 1 && count[b] >= MIN_BUCKET_RESIDUALS) {
                spread95[b] = Quantiles.of(Arrays.copyOfRange(grouped, at, at + count[b]), count[b], 0.95) - median;
            }
        }
        return true;
    }

    /** The residuals reordered so that each bucket's lie together, buckets in order (a counting sort). */
    private static float[] groupByBucket(float[] residual, int[] bucketOf, int[] count, int total) {
        int[] next = new int[count.length];
        for (int b = 1; b < count.length; b++) {
            next[b] = next[b - 1] + count[b - 1];
        }
        float[] grouped = new float[total];
        for (int i = 0; i < total; i++) {
            grouped[next[bucketOf[i]]++] = residual[i];
        }
        return grouped;
    }

    /** The trend at a time given in days since the epoch, zero at the middle of the last training day. */
    private double trendAt(double epochDay) {
        return slope * (epochDay - (lastDay + 0.5));
    }

    private double seasonal(long slot) {
        int hour = (int) Math.floorMod(slot, slotsPerDay);
        int dayOfWeek = (int) Math.floorMod(Math.floorDiv(slot, slotsPerDay) + 3, 7);
        return daily[hour] + options.weeklyWeight() * weekday[dayOfWeek];
    }
}
