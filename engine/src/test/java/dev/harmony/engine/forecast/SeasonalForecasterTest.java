package dev.harmony.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The seasonal forecaster on series whose future is known. */
class SeasonalForecasterTest {
    private final SeasonalForecaster forecaster = new SeasonalForecaster(SeasonalOptions.defaults());

    @Test
    void dailyWaveIsForecastWithinItsNoise() {
        SeriesHistory history = new SeriesHistory(SyntheticSeries.MONDAY, SyntheticSeries.STEP,
                SyntheticSeries.wave(21, 100, 40, 0, 2, 1));

        SeriesForecast f = forecaster.forecast(history, ForecastHorizon.after(history, Duration.ofDays(2)));

        assertThat(f.size()).isEqualTo(2 * SyntheticSeries.PER_DAY);
        for (int t = 0; t < f.size(); t++) {
            double truth = SyntheticSeries.valueAt(21 * SyntheticSeries.PER_DAY + t, 100, 40, 0);
            // Hourly profile steps cost up to 40·sin(π/24)·… ≈ 5 at the steepest point of the wave.
            assertThat((double) f.p50At(t)).isCloseTo(truth, within(7.0));
            assertThat(f.p95At(t)).isGreaterThanOrEqualTo(f.p50At(t));
        }
    }

    @Test
    void p95CoversAboutNineteenOfTwentyNoisyValues() {
        float[] all = SyntheticSeries.wave(28, 100, 30, 0, 10, 2);
        SeriesHistory history = new SeriesHistory(SyntheticSeries.MONDAY, SyntheticSeries.STEP,
                Arrays.copyOf(all, 21 * SyntheticSeries.PER_DAY));
        float[] actual = Arrays.copyOfRange(all, 21 * SyntheticSeries.PER_DAY, all.length);

        SeriesForecast f = forecaster.forecast(history, new ForecastHorizon(history.end(), actual.length));
        ForecastScore score = ForecastEvaluation.daily().score(history, actual, f);

        assertThat(score.p95Coverage()).isBetween(0.90, 0.99);
        assertThat(score.mase()).isLessThan(1.0);
    }

    @Test
    void trendContinuesForTwoDaysThenHoldsFlat() {
        SeriesHistory history = new SeriesHistory(SyntheticSeries.MONDAY, SyntheticSeries.STEP,
                SyntheticSeries.wave(21, 100, 0, 5, 0.5, 3));

        SeriesForecast f = forecaster.forecast(history, ForecastHorizon.after(history, Duration.ofDays(5)));

        int day = SyntheticSeries.PER_DAY;
        double lastLevel = 100 + 5 * 21.0;
        assertThat((double) f.p50At(day / 2)).isCloseTo(lastLevel + 5 * 0.5, within(2.0));
        assertThat((double) f.p50At(4 * day + day / 2)).isCloseTo(lastLevel + 5 * 2, within(2.0));
        assertThat(f.p50At(3 * day)).isEqualTo(f.p50At(4 * day));
    }

    @Test
    void falloffNeverGoesBelowZero() {
        SeriesHistory history = new SeriesHistory(SyntheticSeries.MONDAY, SyntheticSeries.STEP,
                SyntheticSeries.wave(14, 30, 0, -2, 0.1, 4));

        SeriesForecast f = forecaster.forecast(history, ForecastHorizon.after(history, Duration.ofDays(7)));

        for (int t = 0; t < f.size(); t++) {
            assertThat(f.p50At(t)).isGreaterThanOrEqualTo(0f);
        }
    }

    @Test
    void gapsInTheHistoryAreSkipped() {
        float[] x = SyntheticSeries.wave(14, 50, 20, 0, 1, 5);
        for (int t = 0; t < x.length; t += 3) {
            x[t] = Float.NaN;
        }
        Arrays.fill(x, 5 * 288, 7 * 288, Float.NaN);
        SeriesHistory history = new SeriesHistory(SyntheticSeries.MONDAY, SyntheticSeries.STEP, x);

        SeriesForecast f = forecaster.forecast(history, ForecastHorizon.after(history, Duration.ofDays(1)));

        assertThat(f.known()).isTrue();
        assertThat((double) f.p50At(14 * 12)).isCloseTo(70.0, within(4.0));
    }

    @Test
    void historyWithoutAnyValueGivesAnUnknownForecast() {
        float[] x = new float[3 * 288];
        Arrays.fill(x, Float.NaN);
        SeriesHistory history = new SeriesHistory(SyntheticSeries.MONDAY, SyntheticSeries.STEP, x);

        SeriesForecast f = forecaster.forecast(history, ForecastHorizon.after(history, Duration.ofHours(6)));

        assertThat(f.known()).isFalse();
        assertThat(f.size()).isEqualTo(72);
    }

    @Test
    void horizonBeforeTheHistoryEndIsRefused() {
        SeriesHistory history = new SeriesHistory(SyntheticSeries.MONDAY, SyntheticSeries.STEP, new float[288]);

        assertThatThrownBy(() -> forecaster.forecast(history, new ForecastHorizon(SyntheticSeries.MONDAY, 10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the history's end");
        assertThatThrownBy(() -> forecaster.forecast(history,
                new ForecastHorizon(history.end().plusSeconds(7), 10)))
                .hasMessageContaining("not on the history's 300 s grid");
    }

    @Test
    void stepThatDoesNotDivideADayIsRefused() {
        assertThatThrownBy(() -> new SeriesHistory(SyntheticSeries.MONDAY, Duration.ofSeconds(7), new float[3]))
                .hasMessageContaining("divide a day");
    }

    @Test
    void seasonalNaiveRepeatsLastWeek() {
        float[] x = new float[14 * 288];
        for (int t = 0; t < x.length; t++) {
            x[t] = t;
        }
        x[13 * 288] = Float.NaN;
        SeriesHistory history = new SeriesHistory(SyntheticSeries.MONDAY, SyntheticSeries.STEP, x);

        SeriesForecast f = SeasonalNaiveForecaster.weekly().forecast(history, ForecastHorizon.after(history, Duration.ofDays(8)));

        assertThat(f.p50At(0)).isEqualTo(7 * 288f);
        assertThat(f.p50At(6 * 288)).isEqualTo(6 * 288f);
        assertThat(f.p50At(7 * 288 + 5)).isEqualTo(7 * 288f + 5);
        assertThat(f.p95At(0)).isEqualTo(f.p50At(0) + 7 * 288f);
    }
}
