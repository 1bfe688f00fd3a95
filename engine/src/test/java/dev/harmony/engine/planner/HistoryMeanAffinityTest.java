package dev.harmony.engine.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.affinity.HostCapacity;
import dev.harmony.engine.affinity.Window;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The history mean averages the windows in which a pair was scored, the newest ending at now. */
class HistoryMeanAffinityTest {
    private static final Instant NOW = Instant.parse("2013-07-20T00:00:00Z");
    private static final HostCapacity HOST = new HostCapacity(20_000, 65_536, 10_000, 10_000);

    /** One window's scores: the pair a+b scores the window's day of month over 100, unless left out. */
    private static PredictedAffinity window(Window w, List<Window> asked, int skipDay) {
        asked.add(w);
        int day = w.end().atZone(java.time.ZoneOffset.UTC).getDayOfMonth();
        Map<String, Double> scores = new HashMap<>();
        if (day != skipDay) {
            scores.put(AffinityTable.key("a", "b"), -day / 100.0);
        }
        return new AffinityTable("day " + day, scores, new PredictedAffinity() {
            @Override
            public OptionalDouble score(String vmA, String vmB, HostCapacity shared) {
                return OptionalDouble.empty();
            }

            @Override
            public String name() {
                return "nothing";
            }
        });
    }

    @Test
    void meanOfTheScoredWindowsBeforeNow() {
        List<Window> asked = new ArrayList<>();
        HistoryMeanAffinity mean = new HistoryMeanAffinity(NOW, Duration.ofDays(1), 3, w -> window(w, asked, 19));
        // Windows end on the 20th, 19th (not scored) and 18th: the mean of -0.20 and -0.18.
        assertThat(mean.score("b", "a", HOST)).hasValueCloseTo(-0.19, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(asked).containsExactly(new Window(NOW.minus(Duration.ofDays(1)), NOW),
                new Window(NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofDays(1))),
                new Window(NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(2))));
        assertThat(asked).allSatisfy(w -> assertThat(w.end()).isBeforeOrEqualTo(NOW));
        assertThat(mean.name()).contains("history mean").contains("3 windows of 24 h");
    }

    @Test
    void pairScoredInNoWindowHasNoPrediction() {
        HistoryMeanAffinity mean = new HistoryMeanAffinity(NOW, Duration.ofDays(1), 2, w -> window(w, new ArrayList<>(), 0));
        assertThat(mean.score("a", "c", HOST)).isEmpty();
    }
}
