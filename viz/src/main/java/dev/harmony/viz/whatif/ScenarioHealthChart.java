package dev.harmony.viz.whatif;

import dev.harmony.viz.health.HealthPoint;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/** The pool index over a scenario's horizon, one line per scenario, so A and B can share one chart. */
final class ScenarioHealthChart extends LineChart<Number, Number> {
    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    ScenarioHealthChart(String id) {
        super(new NumberAxis(), new NumberAxis(0, 100, 10));
        setId(id);
        setAnimated(false);
        NumberAxis x = (NumberAxis) getXAxis();
        x.setAutoRanging(false);
        x.setLabel("health window start (UTC)");
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number seconds) {
                return TICK.format(Instant.ofEpochSecond(seconds.longValue()));
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        NumberAxis y = (NumberAxis) getYAxis();
        y.setAutoRanging(false);
        y.setLabel("pool index");
        setMinHeight(180);
        setPrefHeight(260);
        // Room for the last tick's label, which centres on the right edge.
        setPadding(new javafx.geometry.Insets(6, 24, 6, 6));
    }

    /** Shows each named line; the y axis starts a little below the lowest point, the x axis spans all of them. */
    void show(Map<String, List<HealthPoint>> lines) {
        getData().clear();
        List<HealthPoint> all = lines.values().stream().flatMap(List::stream).toList();
        setLegendVisible(lines.size() > 1);
        if (all.isEmpty()) {
            return;
        }
        NumberAxis y = (NumberAxis) getYAxis();
        double low = all.stream().mapToDouble(HealthPoint::index).min().orElse(0);
        y.setLowerBound(Math.max(0, Math.floor((low - 5) / 10) * 10));
        y.setUpperBound(100);
        y.setTickUnit(y.getLowerBound() >= 50 ? 5 : 10);
        long first = all.stream().mapToLong(p -> p.at().getEpochSecond()).min().orElseThrow();
        long last = all.stream().mapToLong(p -> p.at().getEpochSecond()).max().orElseThrow();
        long span = Math.max(3600, last - first);
        long tick = span <= 12 * 3600 ? 3600 : span <= 2 * 86400 ? 6 * 3600 : span <= 8 * 86400 ? 86400 : 7 * 86400;
        NumberAxis x = (NumberAxis) getXAxis();
        x.setLowerBound(Math.floorDiv(first, tick) * tick);
        x.setUpperBound(Math.max(x.getLowerBound() + tick, -Math.floorDiv(-last, tick) * tick));
        x.setTickUnit(tick);
        lines.forEach((name, points) -> {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(name);
            series.getData().setAll(points.stream()
                    .map(p -> new XYChart.Data<Number, Number>(p.at().getEpochSecond(), p.index())).toList());
            getData().add(series);
        });
    }
}
