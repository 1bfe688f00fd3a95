package dev.harmony.engine.affinity.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdaptiveAffinityModelTest {
    private static final AdaptiveOptions OPTIONS = new AdaptiveOptions(2, 1, 3, 1.25, 10);

    /** A window whose four pairs all realized {@code value}. */
    private static WindowExample window(int day, float value) {
        float[] targets = new float[4];
        Arrays.fill(targets, value);
        return HandMade.example(day, Map.of("w-1.scored", HandMade.ones(4)), targets);
    }

    @Test
    void eachMeasuredWindowIsScoredThenFineTunedOnTheReplayBuffer() {
        ScriptedModel model = new ScriptedModel(0f);
        AdaptiveAffinityModel adaptive = new AdaptiveAffinityModel(model, List.of(window(1, 0f)), OPTIONS);
        List<AdaptationEvent> events = new ArrayList<>();
        adaptive.addListener(events::add);

        WindowError first = adaptive.observe(window(2, 0.1f));
        adaptive.observe(window(3, 0.1f));
        adaptive.observe(window(4, 0.1f));

        assertThat(first.mae()).isCloseTo(0.1, within(1e-6));
        assertThat(first.modelAge()).isZero();
        assertThat(adaptive.errorTrend()).extracting(WindowError::mae).containsExactly((double) 0.1f, 0.0, 0.0);
        assertThat(events).extracting(AdaptationEvent::kind).containsOnly(AdaptationEvent.Kind.FINE_TUNED);
        assertThat(model.fineTuneSizes).containsExactly(2, 2, 2);
        assertThat(adaptive.age()).isEqualTo(3);
    }

    @Test
    void errorRisingThreeWindowsInARowRetrainsAndResetsTheAge() {
        ScriptedModel model = new ScriptedModel(0f);
        model.learns = false;
        AdaptiveAffinityModel adaptive = new AdaptiveAffinityModel(model, List.of(window(1, 0f)), OPTIONS);
        List<AdaptationEvent> events = new ArrayList<>();
        adaptive.addListener(events::add);

        float[] realized = {0.1f, 0.1f, 0.12f, 0.15f, 0.2f};
        for (int d = 0; d < realized.length; d++) {
            adaptive.observe(window(2 + d, realized[d]));
        }

        assertThat(events).extracting(AdaptationEvent::kind).containsExactly(AdaptationEvent.Kind.FINE_TUNED,
                AdaptationEvent.Kind.FINE_TUNED, AdaptationEvent.Kind.FINE_TUNED, AdaptationEvent.Kind.FINE_TUNED,
                AdaptationEvent.Kind.RETRAINED);
        assertThat(model.fits).isEqualTo(1);
        assertThat(adaptive.age()).isZero();
        assertThat(adaptive.errorSlope(3)).isCloseTo(0.04, within(1e-6));
    }

    @Test
    void windowWithoutRealizedScoresIsRefused() {
        WindowExample unmeasured = HandMade.example(3, Map.of("w-1.scored", HandMade.ones(2)), new float[2], new boolean[2]);
        AdaptiveAffinityModel adaptive = new AdaptiveAffinityModel(new ScriptedModel(0f), List.of(), OPTIONS);

        assertThatThrownBy(() -> adaptive.observe(unmeasured)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no realized score");
    }

    @Test
    void adaptedModelTracksADriftTheFrozenOneMisses() {
        List<WindowExample> stream = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            stream.add(window(10 + d, 0.05f * d));
        }

        AdaptiveReport report = new AdaptiveComparison(OPTIONS, 2).run(new ScriptedModel(0f), List.of(window(1, 0f)), stream, 3);

        assertThat(report.windows()).isEqualTo(3);
        assertThat(report.frozen().mae()).isCloseTo(0.2, within(1e-6));
        assertThat(report.adaptive().mae()).isCloseTo(0.05, within(1e-6));
        assertThat(report.events()).hasSize(6);
    }
}
