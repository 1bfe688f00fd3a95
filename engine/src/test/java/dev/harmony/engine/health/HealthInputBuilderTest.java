package dev.harmony.engine.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.harmony.engine.affinity.AffinityOptions;
import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.forecast.SeriesForecast;
import dev.harmony.engine.forecast.VmForecast;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Placement;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Host loads from VM forecasts and measurements. */
class HealthInputBuilderTest {
    private final HealthOptions options = HealthOptions.defaults();
    private final HealthInputBuilder builder = new HealthInputBuilder(options,
            new RealizedCoLocationAffinity(AffinityOptions.defaults(), options, 1));

    @Test
    void hostP95AddsTheVmsSpreadsInQuadrature() {
        List<VmForecast> ahead = List.of(forecast("a", 1000, 1003), forecast("b", 2000, 2004));

        HealthInput input = builder.build(HealthFixtures.DAY_START, List.of(HealthFixtures.host("h")),
                new Placement(Map.of("a", "h", "b", "h")), Optional.empty(), ahead);

        LoadSeries load = input.hosts().get(0).ahead().orElseThrow();
        assertThat((double) load.expected(Resource.CPU, 7)).isEqualTo(3000.0);
        assertThat((double) load.p95(Resource.CPU, 7)).isCloseTo(3005.0, within(1e-3));
        assertThat(input.pairs()).isEmpty();
    }

    @Test
    void idleHostInMaintenanceIsLeftOutButOneStillRunningVmsCounts() {
        Host idle = HealthFixtures.host("idle").withMaintenance(true);
        Host draining = HealthFixtures.host("draining").withMaintenance(true);
        List<VmForecast> ahead = List.of(forecast("a", 100, 110));

        HealthInput input = builder.build(HealthFixtures.DAY_START, List.of(idle, draining),
                new Placement(Map.of("a", "draining")), Optional.empty(), ahead);

        assertThat(input.hosts()).extracting(HostHealthInput::hostId).containsExactly("draining");
    }

    @Test
    void missingMeasurementCountsAsTheVmsMedianAndCoLocatedPairsAreScored() {
        var a = HealthFixtures.demand("a", t -> t == 5 ? Double.NaN : 500);
        var b = HealthFixtures.demand("b", t -> 700);

        HealthInput input = builder.build(HealthFixtures.DAY_START.plusSeconds(86_400), List.of(HealthFixtures.host("h")),
                new Placement(Map.of("a", "h", "b", "h")), Optional.of(HealthFixtures.panel(List.of(a, b))), List.of());

        LoadSeries observed = input.hosts().get(0).observed().orElseThrow();
        assertThat(observed.expected(Resource.CPU, 5)).isEqualTo(1200f);
        assertThat(input.pairs()).singleElement().satisfies(p -> {
            assertThat(p.label()).isEqualTo("a+b");
            assertThat(p.weight()).isPositive();
        });
    }

    private static VmForecast forecast(String vm, float p50, float p95) {
        Map<Resource, SeriesForecast> byResource = new EnumMap<>(Resource.class);
        for (Resource r : Resource.values()) {
            float[] a = new float[24];
            float[] b = new float[24];
            Arrays.fill(a, r == Resource.CPU ? p50 : 0);
            Arrays.fill(b, r == Resource.CPU ? p95 : 0);
            byResource.put(r, new SeriesForecast(HealthFixtures.DAY_START, HealthFixtures.STEP, a, b));
        }
        return new VmForecast(vm, HealthFixtures.DAY_START, HealthFixtures.STEP, byResource);
    }
}
