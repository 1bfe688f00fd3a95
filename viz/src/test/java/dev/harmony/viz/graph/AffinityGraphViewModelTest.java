package dev.harmony.viz.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AffinityGraphViewModelTest {

    @Test
    void showingASceneSummarisesThePoolAndSuggestsAThresholdForAboutTwoPairsPerVm() {
        AffinityGraphViewModel model = new AffinityGraphViewModel();
        model.show(GraphFixtures.scene());

        assertThat(model.vmCountProperty().get()).isEqualTo(4);
        assertThat(model.thresholdProperty().get()).as("all three pairs fit in two per VM").isEqualTo(0.1);
        assertThat(model.thresholdMaxProperty().get()).as("strongest 0.8").isEqualTo(0.8);
        assertThat(model.shownPairsProperty().get()).isEqualTo(3);
        assertThat(model.summaryProperty().get()).startsWith("4 VMs on 2 hosts · 3 pairs kept, 3 shown (|affinity| ≥ 0.10)")
                .endsWith("test pairs");
    }

    @Test
    void aThresholdThePlannerChoseIsKeptWhenNewPairsArrive() {
        AffinityGraphViewModel model = new AffinityGraphViewModel();
        model.show(GraphFixtures.scene());
        model.thresholdProperty().set(0.6);
        model.show(GraphFixtures.scene());

        assertThat(model.thresholdProperty().get()).isEqualTo(0.6);
        assertThat(model.shownPairsProperty().get()).isEqualTo(1);
    }

    @Test
    void thresholdAndSignFilterDecideWhichPairsAreShown() {
        AffinityGraphViewModel model = new AffinityGraphViewModel();
        model.show(GraphFixtures.scene());

        model.thresholdProperty().set(0.0);
        assertThat(model.shownPairsProperty().get()).isEqualTo(3);
        model.filterProperty().set(EdgeFilter.CONFLICTS);
        assertThat(model.shownPairsProperty().get()).isEqualTo(1);
        model.filterProperty().set(EdgeFilter.COMPLEMENTARY);
        assertThat(model.shownPairsProperty().get()).isEqualTo(2);
    }

    @Test
    void selectingAVmListsItsPartnersStrongestFirst() {
        AffinityGraphViewModel model = new AffinityGraphViewModel();
        model.show(GraphFixtures.scene());
        model.selectedVmProperty().set("vm-web");

        List<Partner> partners = model.partnersProperty().get();
        assertThat(partners).extracting(Partner::name).containsExactly("db-1", "batch-1");
        assertThat(partners.get(0).score()).isEqualTo(-0.8f);
        assertThat(partners.get(0).coLocated()).isTrue();
        assertThat(partners.get(1).hostName()).isEqualTo("esx-b");
        assertThat(model.selectionProperty().get()).isEqualTo("web-1 on esx-a · 2 partners, 2 shown");
    }

    @Test
    void liveLoadsUpdateTheSelectionTextButKeepThePartnerList() {
        AffinityGraphModel graph = new AffinityGraphModel();
        graph.setInventory(GraphFixtures.inventory());
        graph.setPairs(GraphFixtures.pairs());
        AffinityGraphViewModel model = new AffinityGraphViewModel();
        model.show(graph.scene());
        model.selectedVmProperty().set("vm-web");
        List<Partner> before = model.partnersProperty().get();

        graph.setLoads(Map.of("vm-web", 0.42f));
        model.show(graph.scene());

        assertThat(model.partnersProperty().get()).isSameAs(before);
        assertThat(model.selectionProperty().get()).startsWith("web-1 on esx-a · CPU 42 %");
    }

    @Test
    void theSelectionIsClearedWhenItsVmLeavesThePool() {
        AffinityGraphViewModel model = new AffinityGraphViewModel();
        model.show(GraphFixtures.scene());
        model.selectedVmProperty().set("vm-web");

        model.show(GraphScene.empty());

        assertThat(model.selectedVmProperty().get()).isNull();
        assertThat(model.partnersProperty().get()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("No pool loaded");
    }
}
