package dev.harmony.viz.graph;

import javafx.scene.paint.Color;

/**
 * A small software rasteriser over an opaque ARGB pixel array: anti-aliased lines (Wu's algorithm, clipped
 * to the raster first so a long line off screen costs nothing), discs and rings, all alpha-blended. It runs
 * off the FX thread, so drawing thousands of pairs never holds up the UI, and it is several times cheaper
 * than stroking the same lines through a JavaFX canvas on the software pipeline.
 */
final class Raster {
    final int width;
    final int height;
    final int[] pixels;

    Raster(int width, int height, int[] reuse) {
        this.width = width;
        this.height = height;
        this.pixels = reuse != null && reuse.length >= width * height ? reuse : new int[width * height];
    }

    static int argb(Color c) {
        return 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    void clear(int rgb) {
        java.util.Arrays.fill(pixels, 0, width * height, rgb);
    }

    /** Blends {@code rgb} at coverage {@code alpha} (0–1) into one pixel; pixels outside are ignored. */
    void blend(int x, int y, int rgb, float alpha) {
        if (x < 0 || y < 0 || x >= width || y >= height || alpha <= 0.004f) {
            return;
        }
        int i = y * width + x;
        int d = pixels[i];
        int a = Math.min(256, (int) (alpha * 256));
        int r = (d >> 16 & 255) + (((rgb >> 16 & 255) - (d >> 16 & 255)) * a >> 8);
        int g = (d >> 8 & 255) + (((rgb >> 8 & 255) - (d >> 8 & 255)) * a >> 8);
        int b = (d & 255) + (((rgb & 255) - (d & 255)) * a >> 8);
        pixels[i] = 0xFF000000 | r << 16 | g << 8 | b;
    }

    /**
     * A line {@code lineWidth} pixels wide: Wu's one-pixel line up to 1.25 pixels, else a span across the
     * line at each step along it with fractional coverage at both ends.
     */
    void line(double x0, double y0, double x1, double y1, double lineWidth, int rgb, float alpha) {
        if (lineWidth <= 1.25) {
            wu(x0, y0, x1, y1, rgb, (float) (alpha * Math.max(0.4, lineWidth)));
        } else {
            thick(x0, y0, x1, y1, lineWidth, rgb, alpha);
        }
    }

    private void thick(double x0, double y0, double x1, double y1, double lineWidth, int rgb, float alpha) {
        double[] c = clip(x0, y0, x1, y1, lineWidth);
        if (c == null) {
            return;
        }
        boolean steep = Math.abs(c[3] - c[1]) > Math.abs(c[2] - c[0]);
        double ax = steep ? c[1] : c[0];
        double ay = steep ? c[0] : c[1];
        double bx = steep ? c[3] : c[2];
        double by = steep ? c[2] : c[3];
        if (ax > bx) {
            double t = ax;
            ax = bx;
            bx = t;
            t = ay;
            ay = by;
            by = t;
        }
        double dx = bx - ax;
        double gradient = dx < 1e-9 ? 0 : (by - ay) / dx;
        double half = lineWidth / 2 * Math.sqrt(1 + gradient * gradient);
        int xs = (int) Math.round(ax);
        int xe = (int) Math.round(bx);
        double y = ay + gradient * (xs - ax);
        for (int x = xs; x <= xe; x++) {
            double top = y - half + 0.5;
            double bottom = y + half + 0.5;
            int yt = (int) Math.floor(top);
            int yb = (int) Math.floor(bottom);
            for (int yy = yt; yy <= yb; yy++) {
                float cover = yy == yt ? (float) (yt + 1 - top) : yy == yb ? (float) (bottom - yb) : 1f;
                if (yt == yb) {
                    cover = (float) (bottom - top);
                }
                if (steep) {
                    blend(yy, x, rgb, cover * alpha);
                } else {
                    blend(x, yy, rgb, cover * alpha);
                }
            }
            y += gradient;
        }
    }

    /** Wu's anti-aliased one-pixel line, after clipping to the raster plus a pixel. */
    private void wu(double x0, double y0, double x1, double y1, int rgb, float alpha) {
        double[] c = clip(x0, y0, x1, y1, 1);
        if (c == null) {
            return;
        }
        x0 = c[0];
        y0 = c[1];
        x1 = c[2];
        y1 = c[3];
        boolean steep = Math.abs(y1 - y0) > Math.abs(x1 - x0);
        if (steep) {
            double t = x0;
            x0 = y0;
            y0 = t;
            t = x1;
            x1 = y1;
            y1 = t;
        }
        if (x0 > x1) {
            double t = x0;
            x0 = x1;
            x1 = t;
            t = y0;
            y0 = y1;
            y1 = t;
        }
        double dx = x1 - x0;
        double gradient = dx < 1e-9 ? 0 : (y1 - y0) / dx;
        int xs = (int) Math.round(x0);
        int xe = (int) Math.round(x1);
        double y = y0 + gradient * (xs - x0);
        for (int x = xs; x <= xe; x++) {
            int yi = (int) Math.floor(y);
            float f = (float) (y - yi);
            if (steep) {
                blend(yi, x, rgb, (1 - f) * alpha);
                blend(yi + 1, x, rgb, f * alpha);
            } else {
                blend(x, yi, rgb, (1 - f) * alpha);
                blend(x, yi + 1, rgb, f * alpha);
            }
            y += gradient;
        }
    }

    /** Liang–Barsky clipping to the raster grown by {@code margin}; null when the line misses. */
    private double[] clip(double x0, double y0, double x1, double y1, double margin) {
        double t0 = 0;
        double t1 = 1;
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 + margin, width + margin - x0, y0 + margin, height + margin - y0};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t0 > t1 ? null : new double[] {x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy};
    }

    /** A filled disc with an outline of {@code outlineWidth} (0 for none), anti-aliased pixel by pixel. */
    void dot(double cx, double cy, double r, int fill, int outline, double outlineWidth, float alpha) {
        int x0 = (int) Math.floor(cx - r - 1);
        int x1 = (int) Math.ceil(cx + r + 1);
        int y0 = (int) Math.floor(cy - r - 1);
        int y1 = (int) Math.ceil(cy + r + 1);
        if (x1 < 0 || y1 < 0 || x0 >= width || y0 >= height) {
            return;
        }
        double half = outlineWidth / 2;
        for (int y = Math.max(0, y0); y <= Math.min(height - 1, y1); y++) {
            double dy = y + 0.5 - cy;
            for (int x = Math.max(0, x0); x <= Math.min(width - 1, x1); x++) {
                double dx = x + 0.5 - cx;
                double d = Math.sqrt(dx * dx + dy * dy);
                float inside = (float) clamp(r + 0.5 - d);
                if (inside > 0) {
                    blend(x, y, fill, inside * alpha);
                }
                if (outlineWidth > 0) {
                    float ring = (float) clamp(half + 0.5 - Math.abs(d - r));
                    if (ring > 0) {
                        blend(x, y, outline, ring * alpha);
                    }
                }
            }
        }
    }

    /** A large filled disc, row by row: full spans inside, fractional coverage at both ends. */
    void disc(double cx, double cy, double r, int fill, float alpha) {
        int y0 = Math.max(0, (int) Math.floor(cy - r));
        int y1 = Math.min(height - 1, (int) Math.ceil(cy + r));
        for (int y = y0; y <= y1; y++) {
            double dy = y + 0.5 - cy;
            double h2 = r * r - dy * dy;
            if (h2 <= 0) {
                continue;
            }
            double half = Math.sqrt(h2);
            double xl = cx - half;
            double xr = cx + half;
            int xa = (int) Math.ceil(xl);
            int xb = (int) Math.floor(xr) - 1;
            blend(xa - 1, y, fill, (float) (xa - xl) * alpha);
            blend(xb + 1, y, fill, (float) (xr - xb - 1) * alpha);
            int from = Math.max(0, xa);
            int to = Math.min(width - 1, xb);
            if (alpha >= 0.999f) {
                if (from <= to) {
                    java.util.Arrays.fill(pixels, y * width + from, y * width + to + 1, fill);
                }
            } else {
                for (int x = from; x <= to; x++) {
                    blend(x, y, fill, alpha);
                }
            }
        }
    }

    /** A circle outline as a polygon of anti-aliased lines; {@code dashed} leaves every other segment out. */
    void ring(double cx, double cy, double r, double lineWidth, int rgb, float alpha, boolean dashed) {
        int segments = (int) Math.max(16, Math.min(180, r * 0.8));
        if (dashed) {
            segments += segments % 2;
        }
        for (int k = 0; k < segments; k++) {
            if (dashed && k % 2 == 1) {
                continue;
            }
            double a0 = 2 * Math.PI * k / segments;
            double a1 = 2 * Math.PI * (k + 1) / segments;
            line(cx + r * Math.cos(a0), cy + r * Math.sin(a0), cx + r * Math.cos(a1), cy + r * Math.sin(a1), lineWidth, rgb, alpha);
        }
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }
}
