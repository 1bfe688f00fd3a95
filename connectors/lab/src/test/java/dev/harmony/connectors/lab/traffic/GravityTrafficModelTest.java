package dev.harmony.connectors.lab.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.harmony.engine.model.TrafficEstimate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GravityTrafficModelTest {
    private static final Map<String, String> GROUPS = Map.of("a", "web", "b", "web", "c", "web", "d", "db", "e", "db");
    private static final Map<String, VmTraffic> MEASURED = Map.of(
            "a", new VmTraffic(100, 10), "b", new VmTraffic(40, 30), "c", new VmTraffic(10, 60),
            "d", new VmTraffic(20, 5), "e", new VmTraffic(0, 0), "x", new VmTraffic(500, 500));
    private final GravityTrafficModel model = new GravityTrafficModel(0.5);

    @Test
    void outgoingEstimatesOfEachVmSumToItsShareOfMeasuredTransmit() {
        List<DirectedFlow> flows = model.flows(GROUPS, MEASURED);

        for (String vm : List.of("a", "b", "c")) {
            double out = flows.stream().filter(f -> f.from().equals(vm)).mapToDouble(DirectedFlow::kibps).sum();
            assertThat(out).isCloseTo(0.5 * MEASURED.get(vm).txKibps(), within(1e-9));
        }
    }

    @Test
    void flowFollowsTheGravityFormula() {
        DirectedFlow aToC = model.flows(GROUPS, MEASURED).stream()
                .filter(f -> f.from().equals("a") && f.to().equals("c")).findFirst().orElseThrow();

        // 0.5 · tx_a · rx_c / (rx_b + rx_c)
        assertThat(aToC.kibps()).isCloseTo(0.5 * 100 * 60 / 90.0, within(1e-9));
    }

    @Test
    void vmsOutsideAnyGroupOrWithSilentPeersGetNoTraffic() {
        List<DirectedFlow> flows = model.flows(GROUPS, MEASURED);

        assertThat(flows).noneMatch(f -> f.from().equals("x") || f.to().equals("x"));
        assertThat(flows).noneMatch(f -> f.from().equals("d"));
        assertThat(flows).noneMatch(f -> f.from().equals("a") && f.to().equals("d"));
    }

    @Test
    void estimatesArePerPairMarkedEstimatedAndNameTheModel() {
        List<TrafficEstimate> estimates = model.estimate(GROUPS, MEASURED);

        assertThat(estimates).hasSize(3).allSatisfy(e -> {
            assertThat(e.estimated()).isTrue();
            assertThat(e.method()).isEqualTo("gravity-model(app-group, intra-group share 0.50)");
            assertThat(e.vmA()).isLessThan(e.vmB());
        });
        double total = estimates.stream().mapToDouble(TrafficEstimate::meanKibps).sum();
        assertThat(total).isCloseTo(0.5 * (100 + 40 + 10), within(1e-9));
    }
}
