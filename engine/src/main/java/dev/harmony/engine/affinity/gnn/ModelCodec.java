package dev.harmony.engine.affinity.gnn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The saved form of a model: a small versioned binary of the configuration, feature widths,
 * feature scaling and weights, rather than SameDiff's own file, so a saved model does not depend
 * on how a given ND4J release lays out its graph, and loading rebuilds the graph from code.
 */
final class ModelCodec {
    private static final int MAGIC = 0x48474e4e; // "HGNN"
    private static final int FORMAT = 1;

    /** Everything a model is made of. */
    record Snapshot(GnnConfig config, int nodeFeatures, int pairFeatures, int runs, FeatureScaling scaling,
            Map<String, float[]> weights) {
    }

    private ModelCodec() {
    }

    static byte[] write(Snapshot s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            GnnConfig c = s.config();
            out.writeInt(c.hidden());
            out.writeInt(c.layers());
            out.writeInt(c.neighbourSample());
            out.writeDouble(c.learningRate());
            out.writeInt(c.epochs());
            out.writeInt(c.batchPairs());
            out.writeDouble(c.weightDecay());
            out.writeLong(c.seed());
            out.writeInt(s.nodeFeatures());
            out.writeInt(s.pairFeatures());
            out.writeInt(s.runs());
            FeatureScaling f = s.scaling();
            for (float[] a : new float[][] {f.nodeMean(), f.nodeScale(), f.pairMean(), f.pairScale()}) {
                writeFloats(out, a);
            }
            out.writeInt(s.weights().size());
            for (Map.Entry<String, float[]> e : s.weights().entrySet()) {
                out.writeUTF(e.getKey());
                writeFloats(out, e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Snapshot read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a saved affinity GNN (wrong magic number)");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IllegalArgumentException("saved affinity GNN has format " + format + ", this build reads " + FORMAT);
            }
            GnnConfig c = new GnnConfig(in.readInt(), in.readInt(), in.readInt(), in.readDouble(), in.readInt(), in.readInt(),
                    in.readDouble(), in.readLong());
            int nodeFeatures = in.readInt();
            int pairFeatures = in.readInt();
            int runs = in.readInt();
            FeatureScaling scaling = new FeatureScaling(readFloats(in), readFloats(in), readFloats(in), readFloats(in));
            int count = in.readInt();
            Map<String, float[]> weights = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                weights.put(in.readUTF(), readFloats(in));
            }
            return new Snapshot(c, nodeFeatures, pairFeatures, runs, scaling, weights);
        } catch (IOException e) {
            throw new IllegalArgumentException("saved affinity GNN is truncated or corrupt: " + e.getMessage(), e);
        }
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        out.writeInt(values.length);
        for (float v : values) {
            out.writeFloat(v);
        }
    }

    private static float[] readFloats(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 26) {
            throw new IOException("implausible array length " + n);
        }
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = in.readFloat();
        }
        return values;
    }
}
