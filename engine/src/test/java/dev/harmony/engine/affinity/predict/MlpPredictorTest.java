package dev.harmony.engine.affinity.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MlpPredictorTest {
    private static final MlpConfig CONFIG = MlpConfig.defaults().withEpochs(60);

    /** Tomorrow's score is 0.8 of today's, which the long-run mean (the anchor) does not know. */
    private static List<WindowExample> trend(int windows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<WindowExample> out = new ArrayList<>();
        for (int w = 0; w < windows; w++) {
            int n = 60;
            float[] last = new float[n];
            float[] mean = new float[n];
            float[] target = new float[n];
            for (int p = 0; p < n; p++) {
                last[p] = (float) (random.nextDouble() * 0.8 - 0.4);
                mean[p] = (float) (random.nextDouble() * 0.2 - 0.1);
                target[p] = 0.8f * last[p];
            }
            out.add(HandMade.example(3 + w, Map.of("w-1.score", last, "w-1.scored", HandMade.ones(n),
                    "mean.score", mean, "mean.windows", HandMade.ones(n)), target));
        }
        return out;
    }

    private static double mae(PairPredictor model, List<WindowExample> examples) {
        List<float[]> predictions = new ArrayList<>();
        examples.forEach(e -> predictions.add(model.predict(e)));
        return ModelScore.of(examples, predictions, 5).mae();
    }

    @Test
    void learnsWhatTheLongRunMeanMissesOnUnseenWindows() {
        MlpPredictor mlp = new MlpPredictor(CONFIG);
        List<Double> losses = new ArrayList<>();

        mlp.fit(trend(6, 1), p -> losses.add(p.loss()));

        List<WindowExample> unseen = trend(2, 2);
        assertThat(losses.get(losses.size() - 1)).isLessThan(losses.get(0) / 4);
        assertThat(mae(mlp, unseen)).isLessThan(mae(new HistoryMeanPredictor(), unseen) / 2);
    }

    @Test
    void sameSeedGivesTheSamePredictions() {
        MlpPredictor one = new MlpPredictor(CONFIG.withEpochs(5));
        MlpPredictor two = new MlpPredictor(CONFIG.withEpochs(5));
        one.fit(trend(3, 1), p -> { });
        two.fit(trend(3, 1), p -> { });

        WindowExample e = trend(1, 9).get(0);
        assertThat(two.predict(e)).containsExactly(one.predict(e));
    }

    @Test
    void fineTuningACopyLeavesTheOriginalAsItWas() {
        MlpPredictor original = new MlpPredictor(CONFIG.withEpochs(5));
        original.fit(trend(3, 1), p -> { });
        WindowExample e = trend(1, 9).get(0);
        float[] before = original.predict(e);

        FineTunable copy = original.copy();
        copy.fineTune(trend(2, 5), 5, p -> { });

        assertThat(original.predict(e)).containsExactly(before);
        assertThat(copy.predict(e)).isNotEqualTo(before);
    }

    @Test
    void trainingWithoutAnyLearnablePairIsRefused() {
        WindowExample cold = HandMade.example(3, Map.of(), new float[4]);

        assertThatThrownBy(() -> new MlpPredictor(CONFIG).fit(List.of(cold), p -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no pair with both history");
    }
}
