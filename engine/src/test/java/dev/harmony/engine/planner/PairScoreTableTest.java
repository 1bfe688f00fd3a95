package dev.harmony.engine.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PairScoreTableTest {
    @Test
    void aPairIsTheSameWhicheverRowComesFirst() {
        assertThat(PairScoreTable.key(3, 7)).isEqualTo(PairScoreTable.key(7, 3)).isNotEqualTo(PairScoreTable.key(3, 8));
    }

    @Test
    void keepsEveryScoreThroughManyGrowthsAndTellsScoredWithoutAScoreFromUnscored() {
        PairScoreTable table = new PairScoreTable();
        for (int i = 0; i < 300; i++) {
            for (int j = i + 1; j < 300; j++) {
                table.put(PairScoreTable.key(i, j), (i + j) % 7 == 0 ? Float.NaN : i * 0.001f - j * 0.0001f);
            }
        }

        assertThat(table.size()).isEqualTo(300 * 299 / 2);
        assertThat(table.get(PairScoreTable.key(250, 12))).isEqualTo(12 * 0.001f - 250 * 0.0001f);
        assertThat(table.get(PairScoreTable.key(3, 4))).isNaN();
        assertThat(table.contains(PairScoreTable.key(3, 4))).isTrue();
        assertThat(table.contains(PairScoreTable.key(3, 300))).isFalse();
        assertThatThrownBy(() -> table.get(PairScoreTable.key(3, 300))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSecondPutReplacesTheScoreWithoutCountingThePairTwice() {
        PairScoreTable table = new PairScoreTable();
        table.put(PairScoreTable.key(1, 2), 0.5f);
        table.put(PairScoreTable.key(2, 1), -0.25f);

        assertThat(table.size()).isEqualTo(1);
        assertThat(table.get(PairScoreTable.key(1, 2))).isEqualTo(-0.25f);
    }
}
