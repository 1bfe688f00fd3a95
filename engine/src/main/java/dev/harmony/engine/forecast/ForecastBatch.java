package dev.harmony.engine.forecast;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Forecasts every resource of many VMs from a common "as of" instant: each VM's demand before it is the
 * history, and the horizon starts there. Work is split over a fixed number of threads.
 */
public final class ForecastBatch {
    private final DemandForecaster forecaster;
    private final int threads;

    /** @param threads worker threads, at least 1; 1 forecasts on the calling thread */
    public ForecastBatch(DemandForecaster forecaster, int threads) {
        this.forecaster = Objects.requireNonNull(forecaster, "forecaster");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    /**
     * @param demands each VM's past demand; data at or after {@code asOf} is ignored
     * @param asOf    the forecast's "now", on every VM's grid
     * @param length  how far ahead, rounded up to whole steps
     * @return one forecast per VM, in the order given
     */
    public List<VmForecast> forecast(List<VmDemand> demands, Instant asOf, Duration length) {
        Objects.requireNonNull(asOf, "asOf");
        if (length == null || length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("forecast length must be positive, was " + length);
        }
        VmForecast[] out = new VmForecast[demands.size()];
        if (threads == 1 || demands.size() < 2 * threads) {
            forecastRange(demands, asOf, length, out, 0, out.length);
            return List.of(out);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "forecast-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> parts = new ArrayList<>();
            int chunk = (out.length + threads - 1) / threads;
            for (int from = 0; from < out.length; from += chunk) {
                int start = from;
                int end = Math.min(out.length, from + chunk);
                parts.add(pool.submit(() -> forecastRange(demands, asOf, length, out, start, end)));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("forecast batch interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return List.of(out);
    }

    /** One VM's forecast from its demand before {@code asOf}. */
    public VmForecast forecast(VmDemand demand, Instant asOf, Duration length) {
        long stepSeconds = demand.step().getSeconds();
        long offset = Duration.between(demand.start(), asOf).getSeconds();
        if (offset % stepSeconds != 0) {
            throw new IllegalArgumentException("as-of " + asOf + " is not on the grid of " + demand.vmId());
        }
        long before = offset / stepSeconds;
        Instant historyStart = before > 0 ? demand.start() : asOf;
        int length0 = (int) Math.max(0, before);
        Map<Resource, SeriesForecast> byResource = new EnumMap<>(Resource.class);
        for (Resource r : Resource.values()) {
            float[] all = demand.values(r);
            float[] past = all.length == length0 ? all : Arrays.copyOf(all, length0);
            // Copying past the data's end pads with zeros; those intervals were not measured.
            Arrays.fill(past, Math.min(length0, demand.size()), length0, Float.NaN);
            SeriesHistory history = new SeriesHistory(historyStart, demand.step(), past);
            byResource.put(r, forecaster.forecast(history, ForecastHorizon.after(history, length)));
        }
        return new VmForecast(demand.vmId(), asOf, demand.step(), byResource);
    }

    private void forecastRange(List<VmDemand> demands, Instant asOf, Duration length, VmForecast[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = forecast(demands.get(i), asOf, length);
        }
    }
}
