package dev.harmony.connectors.openstack.metrics;

import dev.harmony.connectors.openstack.auth.KeystoneSession;
import dev.harmony.connectors.openstack.http.JsonHttp;
import java.util.Objects;

/** Which metrics service the connector reads: none, Prometheus or Gnocchi. */
public sealed interface MetricsConfig permits MetricsConfig.None, MetricsConfig.Prometheus, MetricsConfig.Gnocchi {

    /** The source for one connector, sharing its HTTP client (and TLS policy) and its Keystone session. */
    MetricsSource open(JsonHttp http, KeystoneSession keystone);

    static MetricsConfig none() {
        return new None();
    }

    static MetricsConfig prometheus(PrometheusSettings settings) {
        return new Prometheus(settings);
    }

    static MetricsConfig gnocchi(GnocchiSettings settings) {
        return new Gnocchi(settings);
    }

    /** No metrics service: inventory, rules and migration only. */
    record None() implements MetricsConfig {
        @Override
        public MetricsSource open(JsonHttp http, KeystoneSession keystone) {
            return MetricsSource.none();
        }
    }

    /** @param settings where Prometheus is and how its series are named */
    record Prometheus(PrometheusSettings settings) implements MetricsConfig {
        public Prometheus {
            Objects.requireNonNull(settings, "settings");
        }

        @Override
        public MetricsSource open(JsonHttp http, KeystoneSession keystone) {
            return new PrometheusMetrics(http, settings);
        }
    }

    /** @param settings where Gnocchi is and which granularity to read */
    record Gnocchi(GnocchiSettings settings) implements MetricsConfig {
        public Gnocchi {
            Objects.requireNonNull(settings, "settings");
        }

        @Override
        public MetricsSource open(JsonHttp http, KeystoneSession keystone) {
            return new GnocchiMetrics(http, keystone, settings);
        }
    }
}
