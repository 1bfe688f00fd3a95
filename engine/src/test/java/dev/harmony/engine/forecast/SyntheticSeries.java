package dev.harmony.engine.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/** Made-up demand with a known shape: a daily wave, an optional trend and seeded noise, on a 5-minute grid. */
final class SyntheticSeries {
    static final Instant MONDAY = Instant.parse("2024-01-01T00:00:00Z");
    static final Duration STEP = Duration.ofMinutes(5);
    static final int PER_DAY = 288;

    private SyntheticSeries() {
    }

    /**
     * @param days       length in days
     * @param base       mean level
     * @param amplitude  height of the daily wave (peak at 14:00 UTC)
     * @param trendDaily change of the level per day
     * @param noise      standard deviation of Gaussian noise
     */
    static float[] wave(int days, double base, double amplitude, double trendDaily, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[days * PER_DAY];
        for (int t = 0; t < x.length; t++) {
            x[t] = (float) Math.max(0, valueAt(t, base, amplitude, trendDaily) + noise * gaussian(random));
        }
        return x;
    }

    /** The noise-free value at interval t. */
    static double valueAt(int t, double base, double amplitude, double trendDaily) {
        double hour = (t % PER_DAY) / 12.0;
        return base + trendDaily * t / PER_DAY + amplitude * Math.cos(2 * Math.PI * (hour - 14) / 24);
    }

    static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
