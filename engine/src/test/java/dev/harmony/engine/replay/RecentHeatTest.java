package dev.harmony.engine.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.forecast.SeriesForecast;
import dev.harmony.engine.forecast.VmForecast;
import dev.harmony.engine.model.Vm;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demand just seen floors the first hour of a triggered plan's forecasts, whatever the forecasts' step. */
class RecentHeatTest {
    private static final Instant START = Instant.parse("2013-07-05T00:00:00Z");
    private static final Instant NOW = START.plus(Duration.ofHours(2));

    /** Demand of 1,000 on every resource for two hours of 5-minute steps, the last three steps at 4,000. */
    private static VmDemand burst() {
        float[][] d = new float[Resource.values().length][24];
        for (float[] r : d) {
            Arrays.fill(r, 1_000);
            r[21] = 4_000;
            r[22] = 4_000;
            r[23] = 4_000;
        }
        return new VmDemand(new Vm("v1", "v1", 2, 5_200, 8_192, "linux", "", Set.of(), ""), START, Duration.ofMinutes(5), d);
    }

    private static VmForecast flat(Duration step, int size) {
        Map<Resource, SeriesForecast> by = new EnumMap<>(Resource.class);
        float[] p = new float[size];
        Arrays.fill(p, 500);
        for (Resource r : Resource.values()) {
            by.put(r, new SeriesForecast(NOW, step, p, p));
        }
        return new VmForecast("v1", NOW, step, by);
    }

    /** The CPU forecast of a flat forecast of this step and length, floored by the burst's last three steps. */
    private static SeriesForecast flooredCpu(Duration step, int size) {
        return RecentHeat.floor(List.of(flat(step, size)), List.of(burst()), NOW, 3).get(0).byResource().get(Resource.CPU);
    }

    @Test
    void fiveMinuteForecastsAreFlooredForTwelveStepsTheHourAfterNow() {
        SeriesForecast cpu = flooredCpu(Duration.ofMinutes(5), 288);

        assertThat(cpu.p50At(0)).isEqualTo(4_000);
        assertThat(cpu.p50At(11)).isEqualTo(4_000);
        assertThat(cpu.p50At(12)).as("after the hour the forecast is its own again").isEqualTo(500);
        assertThat(cpu.p95At(11)).isEqualTo(4_000);
    }

    @Test
    void hourlyForecastsAreFlooredForOneStepNotTwelveHours() {
        SeriesForecast cpu = flooredCpu(Duration.ofHours(1), 24);

        assertThat(cpu.p50At(0)).isEqualTo(4_000);
        assertThat(cpu.p50At(1)).isEqualTo(500);
        assertThat(cpu.p50At(11)).isEqualTo(500);
    }
}
