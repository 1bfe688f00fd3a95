package dev.harmony.app.workstation;

import dev.harmony.engine.affinity.AffinityOptions;
import dev.harmony.engine.affinity.DemandPanel;
import dev.harmony.engine.affinity.Window;
import dev.harmony.engine.forecast.ForecastBatch;
import dev.harmony.engine.forecast.SeasonalNaiveForecaster;
import dev.harmony.engine.forecast.VmForecast;
import dev.harmony.engine.health.HealthIndex;
import dev.harmony.engine.health.HealthInputBuilder;
import dev.harmony.engine.health.HealthOptions;
import dev.harmony.engine.health.RealizedCoLocationAffinity;
import dev.harmony.engine.health.WeightedHealthIndex;
import dev.harmony.engine.model.InventorySnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The health index (ADR 0004) at a moment: demand measured over the window before it, a daily
 * seasonal-naive forecast for the window after it (the baseline every trained forecast must beat, and
 * enough to judge headroom and predicted contention), and the realized affinity of co-located pairs.
 */
final class PoolHealth {
    private final PoolFeedOptions options;
    private final HealthInputBuilder builder;
    private final HealthIndex index;
    private final ForecastBatch forecasts = new ForecastBatch(SeasonalNaiveForecaster.daily(), 1);

    PoolHealth(PoolFeedOptions options) {
        this.options = options;
        HealthOptions health = HealthOptions.defaults();
        this.builder = new HealthInputBuilder(health, new RealizedCoLocationAffinity(AffinityOptions.defaults(), health, 1));
        this.index = new WeightedHealthIndex(health);
    }

    /** The assessment at {@code at}, a grid instant of the slice with a whole health window before it. */
    HealthAssessment at(InventorySnapshot inventory, DemandSlice slice, Instant at) {
        DemandPanel observed = DemandPanel.of(slice.demands(), new Window(at.minus(options.healthWindow()), at));
        List<VmForecast> ahead = forecasts.forecast(slice.demands(), at, options.forecastAhead());
        return new HealthAssessment(index.assess(builder.build(at, inventory.hosts(), inventory.placement(), Optional.of(observed),
                ahead)), inventory, String.format(Locale.ROOT, "Measured over the %d h before %s, seasonal-naive forecast %d h ahead,"
                + " realized affinity of the pairs sharing a host; placement as it is now.", options.healthWindow().toHours(),
                at.toString().replace('T', ' ').replace("Z", " UTC").replace(":00 UTC", " UTC"), options.forecastAhead().toHours()));
    }
}
