package dev.harmony.viz.health;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/** The pool's index over (trace) time as a line; the y axis starts a little below the lowest value. */
final class HealthHistoryChart extends LineChart<Number, Number> {
    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private final XYChart.Series<Number, Number> series = new XYChart.Series<>();

    HealthHistoryChart() {
        super(new NumberAxis(), new NumberAxis(0, 100, 10));
        setId("healthHistory");
        setAnimated(false);
        setCreateSymbols(false);
        setLegendVisible(false);
        NumberAxis x = (NumberAxis) getXAxis();
        x.setAutoRanging(false);
        x.setLabel("trace time (UTC)");
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
        getData().add(series);
    }

    void show(List<HealthPoint> points) {
        NumberAxis y = (NumberAxis) getYAxis();
        double low = points.stream().mapToDouble(HealthPoint::index).min().orElse(0);
        y.setLowerBound(Math.max(0, Math.floor((low - 5) / 10) * 10));
        y.setUpperBound(100);
        y.setTickUnit(y.getLowerBound() >= 50 ? 5 : 10);
        if (!points.isEmpty()) {
            // Whole hours at both ends and ticks on round hours, so the axis reads like a clock.
            long first = points.get(0).at().getEpochSecond();
            long last = points.get(points.size() - 1).at().getEpochSecond();
            long span = Math.max(3600, last - first);
            long tick = span <= 12 * 3600 ? 3600 : span <= 36 * 3600 ? 3 * 3600 : span <= 4 * 86400 ? 12 * 3600 : 86400;
            NumberAxis x = (NumberAxis) getXAxis();
            x.setLowerBound(Math.floorDiv(first, tick) * tick);
            x.setUpperBound(-Math.floorDiv(-last, tick) * tick);
            x.setTickUnit(tick);
        }
        series.getData().setAll(points.stream()
                .map(p -> new XYChart.Data<Number, Number>(p.at().getEpochSecond(), p.index())).toList());
    }
}
