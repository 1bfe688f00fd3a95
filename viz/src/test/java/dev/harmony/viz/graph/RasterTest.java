package dev.harmony.viz.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RasterTest {
    private static final int WHITE = 0xFFFFFFFF;
    private static final int RED = 0xFFFF0000;

    @Test
    void aLineColoursThePixelsAlongIt() {
        Raster r = new Raster(20, 10, null);
        r.clear(WHITE);
        r.line(2, 5, 17, 5, 1, RED, 1f);

        assertThat(r.pixels[5 * 20 + 10] & 0xFFFFFF).isNotEqualTo(0xFFFFFF);
        assertThat(r.pixels[1 * 20 + 10]).isEqualTo(WHITE);
    }

    @Test
    void aThickLineCoversItsWidthAndNoMore() {
        Raster r = new Raster(40, 40, null);
        r.clear(WHITE);
        r.line(5, 20, 35, 20, 4, RED, 1f);

        assertThat(r.pixels[20 * 40 + 20]).isEqualTo(RED);
        assertThat(r.pixels[19 * 40 + 20]).isEqualTo(RED);
        assertThat(r.pixels[25 * 40 + 20]).isEqualTo(WHITE);
    }

    @Test
    void linesFarOffTheRasterAreClippedAway() {
        Raster r = new Raster(10, 10, null);
        r.clear(WHITE);
        r.line(-1e7, -5, 1e7, -5, 3, RED, 1f);
        r.line(-1e7, 5, 1e7, 5, 1, RED, 1f);

        assertThat(r.pixels[5 * 10 + 5] & 0xFFFFFF).isNotEqualTo(0xFFFFFF);
        assertThat(r.pixels[0]).isEqualTo(WHITE);
    }

    @Test
    void discsFillTheirInsideAndBlendTheirEdge() {
        Raster r = new Raster(30, 30, null);
        r.clear(WHITE);
        r.disc(15, 15, 10, RED, 1f);
        r.dot(5, 5, 3, RED, 0xFF000000, 1, 0.5f);

        assertThat(r.pixels[15 * 30 + 15]).isEqualTo(RED);
        assertThat(r.pixels[15 * 30 + 28]).isEqualTo(WHITE);
        int half = r.pixels[5 * 30 + 5];
        assertThat(half >> 16 & 255).isEqualTo(255);
        assertThat(half >> 8 & 255).isBetween(120, 135);
    }
}
