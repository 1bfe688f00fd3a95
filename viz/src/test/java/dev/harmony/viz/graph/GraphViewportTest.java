package dev.harmony.viz.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GraphViewportTest {

    @Test
    void fitPutsTheWholeSceneOnScreen() {
        GraphScene scene = GraphFixtures.scene();
        GraphViewport view = new GraphViewport();
        view.resize(800, 500);
        view.fit(scene);

        for (int h = 0; h < scene.hostCount(); h++) {
            assertThat(view.onScreen(scene.hostX[h] - scene.hostR[h], scene.hostY[h] - scene.hostR[h], 0)).isTrue();
            assertThat(view.onScreen(scene.hostX[h] + scene.hostR[h], scene.hostY[h] + scene.hostR[h], 0)).isTrue();
        }
    }

    @Test
    void zoomKeepsThePointUnderThePointerInPlace() {
        GraphViewport view = new GraphViewport();
        view.resize(800, 500);
        double wx = view.toWorldX(300);
        double wy = view.toWorldY(200);
        view.zoomAt(2.5, 300, 200);

        assertThat(view.toScreenX(wx)).isCloseTo(300, within(1e-9));
        assertThat(view.toScreenY(wy)).isCloseTo(200, within(1e-9));
        assertThat(view.scale()).isEqualTo(2.5);
    }

    @Test
    void detailFollowsThePixelsBetweenNeighbouringVms() {
        GraphViewport view = new GraphViewport();
        view.resize(800, 500);
        view.zoomAt(0.4, 0, 0);
        assertThat(view.detail()).isEqualTo(GraphViewport.Detail.HOSTS);
        view.zoomAt(1 / 0.4, 0, 0);
        assertThat(view.detail()).isEqualTo(GraphViewport.Detail.VMS);
        view.zoomAt(2, 0, 0);
        assertThat(view.detail()).isEqualTo(GraphViewport.Detail.PAIRS);
        view.zoomAt(2, 0, 0);
        assertThat(view.detail()).isEqualTo(GraphViewport.Detail.LABELS);
    }

    @Test
    void thePointerFindsTheVmAndTheHostUnderIt() {
        GraphScene scene = GraphFixtures.scene();
        GraphViewport view = new GraphViewport();
        view.resize(800, 500);
        view.fit(scene);
        int web = scene.indexOf("vm-web");

        assertThat(view.vmAt(scene, view.toScreenX(scene.x[web]), view.toScreenY(scene.y[web]))).isEqualTo(web);
        assertThat(view.hostAt(scene, view.toScreenX(scene.hostX[1]), view.toScreenY(scene.hostY[1]) + 1)).isEqualTo(1);
        assertThat(view.vmAt(scene, 1, 1)).isEqualTo(-1);
    }

    @Test
    void aCopyMovesIndependently() {
        GraphViewport view = new GraphViewport();
        view.resize(800, 500);
        GraphViewport copy = view.copy();
        view.pan(10, 0);

        assertThat(copy.toScreenX(0)).isZero();
        assertThat(view.toScreenX(0)).isEqualTo(10);
    }
}
