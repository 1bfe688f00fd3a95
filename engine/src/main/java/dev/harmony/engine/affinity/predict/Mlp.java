package dev.harmony.engine.affinity.predict;

import java.util.SplittableRandom;

/**
 * A small fully connected network in plain Java: ReLU hidden layers and a linear output, trained with
 * AdamW on a Huber loss. Huber rather than squared error because realized affinity is mostly near 0
 * with a long tail, and the models are judged by absolute error. Not thread-safe.
 */
final class Mlp {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPS = 1e-8;

    private final int[] sizes;
    private final float[][] w;
    private final float[][] b;
    private final float[][] mw;
    private final float[][] vw;
    private final float[][] mb;
    private final float[][] vb;
    private final double learningRate;
    private final double delta;
    private final double weightDecay;
    private long step;

    /** @param sizes input width, hidden widths, then 1 */
    Mlp(int[] sizes, double learningRate, double delta, double weightDecay, SplittableRandom random) {
        if (sizes.length < 2 || sizes[sizes.length - 1] != 1) {
            throw new IllegalArgumentException("an MLP needs an input width and a single output");
        }
        this.sizes = sizes.clone();
        this.learningRate = learningRate;
        this.delta = delta;
        this.weightDecay = weightDecay;
        int layers = sizes.length - 1;
        w = new float[layers][];
        b = new float[layers][];
        mw = new float[layers][];
        vw = new float[layers][];
        mb = new float[layers][];
        vb = new float[layers][];
        for (int l = 0; l < layers; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            w[l] = new float[in * out];
            // He initialisation for ReLU layers; a smaller spread for the linear output.
            double sd = l < layers - 1 ? Math.sqrt(2.0 / in) : Math.sqrt(1.0 / in);
            for (int k = 0; k < w[l].length; k++) {
                w[l][k] = (float) (gaussian(random) * sd);
            }
            b[l] = new float[out];
            mw[l] = new float[in * out];
            vw[l] = new float[in * out];
            mb[l] = new float[out];
            vb[l] = new float[out];
        }
    }

    private Mlp(Mlp o) {
        sizes = o.sizes.clone();
        learningRate = o.learningRate;
        delta = o.delta;
        weightDecay = o.weightDecay;
        step = o.step;
        w = deep(o.w);
        b = deep(o.b);
        mw = deep(o.mw);
        vw = deep(o.vw);
        mb = deep(o.mb);
        vb = deep(o.vb);
    }

    Mlp copy() {
        return new Mlp(this);
    }

    int inputWidth() {
        return sizes[0];
    }

    float predict(float[] x) {
        float[][] acts = new float[sizes.length][];
        forward(x, acts);
        return acts[sizes.length - 1][0];
    }

    /** One pass over the rows in a seeded random order; returns the mean Huber loss. */
    double epoch(float[][] x, float[] y, int batch, SplittableRandom random) {
        int n = x.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int layers = sizes.length - 1;
        float[][] gw = new float[layers][];
        float[][] gb = new float[layers][];
        for (int l = 0; l < layers; l++) {
            gw[l] = new float[w[l].length];
            gb[l] = new float[b[l].length];
        }
        float[][] acts = new float[sizes.length][];
        float[][] grads = new float[sizes.length][];
        double loss = 0;
        for (int from = 0; from < n; from += batch) {
            int to = Math.min(n, from + batch);
            for (int l = 0; l < layers; l++) {
                java.util.Arrays.fill(gw[l], 0);
                java.util.Arrays.fill(gb[l], 0);
            }
            for (int k = from; k < to; k++) {
                loss += backward(x[order[k]], y[order[k]], acts, grads, gw, gb);
            }
            adam(gw, gb, to - from);
        }
        return n == 0 ? 0 : loss / n;
    }

    private void forward(float[] x, float[][] acts) {
        acts[0] = x;
        int layers = sizes.length - 1;
        for (int l = 0; l < layers; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            float[] a = acts[l];
            float[] z = acts[l + 1] == null || acts[l + 1].length != out ? new float[out] : acts[l + 1];
            for (int o = 0; o < out; o++) {
                double s = b[l][o];
                int row = o * in;
                for (int i = 0; i < in; i++) {
                    s += w[l][row + i] * a[i];
                }
                z[o] = l < layers - 1 ? (float) Math.max(0, s) : (float) s;
            }
            acts[l + 1] = z;
        }
    }

    /** Adds one row's gradients and returns its loss. */
    private double backward(float[] x, float target, float[][] acts, float[][] grads, float[][] gw, float[][] gb) {
        forward(x, acts);
        int layers = sizes.length - 1;
        float out = acts[layers][0];
        double r = out - target;
        double loss = Math.abs(r) <= delta ? 0.5 * r * r : delta * (Math.abs(r) - 0.5 * delta);
        double dOut = Math.abs(r) <= delta ? r : Math.copySign(delta, r);
        grads[layers] = new float[] {(float) dOut};
        for (int l = layers - 1; l >= 0; l--) {
            int in = sizes[l];
            int outW = sizes[l + 1];
            float[] dz = grads[l + 1];
            float[] a = acts[l];
            float[] da = l > 0 ? new float[in] : null;
            for (int o = 0; o < outW; o++) {
                float g = dz[o];
                if (g == 0) {
                    continue;
                }
                gb[l][o] += g;
                int row = o * in;
                for (int i = 0; i < in; i++) {
                    gw[l][row + i] += g * a[i];
                    if (da != null) {
                        da[i] += g * w[l][row + i];
                    }
                }
            }
            if (da != null) {
                for (int i = 0; i < in; i++) {
                    da[i] = a[i] > 0 ? da[i] : 0;
                }
                grads[l] = da;
            }
        }
        return loss;
    }

    private void adam(float[][] gw, float[][] gb, int rows) {
        step++;
        double c1 = 1 - Math.pow(BETA1, step);
        double c2 = 1 - Math.pow(BETA2, step);
        for (int l = 0; l < w.length; l++) {
            update(w[l], gw[l], mw[l], vw[l], rows, c1, c2, weightDecay);
            update(b[l], gb[l], mb[l], vb[l], rows, c1, c2, 0);
        }
    }

    private void update(float[] p, float[] g, float[] m, float[] v, int rows, double c1, double c2, double decay) {
        for (int k = 0; k < p.length; k++) {
            double gk = g[k] / rows;
            m[k] = (float) (BETA1 * m[k] + (1 - BETA1) * gk);
            v[k] = (float) (BETA2 * v[k] + (1 - BETA2) * gk * gk);
            double stepSize = (m[k] / c1) / (Math.sqrt(v[k] / c2) + EPS);
            p[k] -= (float) (learningRate * (stepSize + decay * p[k]));
        }
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static float[][] deep(float[][] a) {
        float[][] c = new float[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
