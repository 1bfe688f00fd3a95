package dev.harmony.engine.bench;

import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.forecast.ForecastBatch;
import dev.harmony.engine.forecast.SeasonalForecaster;
import dev.harmony.engine.forecast.SeasonalOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The seasonal forecaster over 10,000 resampled VMs with 7 days of history each, one day ahead ({@link ForecastBatch}). */
public final class ForecastSuite implements BenchSuite {
    private final TraceResampler trace;

    public ForecastSuite(TraceResampler trace) {
        this.trace = trace;
    }

    @Override
    public String name() {
        return "forecast";
    }

    @Override
    public String description() {
        return "seasonal forecast, 1 day ahead, of 10,000 VMs from 7 days of history";
    }

    @Override
    public BenchTrial prepare(BenchSize size) {
        int vms = size.pick(200, 10_000);
        int days = 7;
        List<VmDemand> demands = trace.sample(vms, days, 14);
        Instant asOf = demands.get(0).start().plus(Duration.ofDays(days));
        ForecastBatch batch = new ForecastBatch(new SeasonalForecaster(SeasonalOptions.defaults()), BenchPool.threads());
        return new BenchTrial() {
            @Override
            public String workload() {
                return String.format(Locale.ROOT, "%,d VMs x 4 resources, %d days of 5-min history, 1-day horizon, %d threads",
                        vms, days, BenchPool.threads());
            }

            @Override
            public long run() {
                return batch.forecast(demands, asOf, Duration.ofDays(1)).size();
            }

            @Override
            public String unit() {
                return "VMs";
            }
        };
    }
}
