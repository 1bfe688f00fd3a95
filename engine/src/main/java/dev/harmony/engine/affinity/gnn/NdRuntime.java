package dev.harmony.engine.affinity.gnn;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.environment.Nd4jEnvironment;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/** What ND4J runs on, its CPU thread count, and the one workaround for its noise that needs code. */
final class NdRuntime {
    /** System property that sets the CPU backend's thread count for the model (default 1). */
    static final String THREADS_PROPERTY = "harmony.gnn.threads";
    private static final String GRADIENT_NOISE = "Added differentiated op";
    private static final Object THREADS_LOCK = new Object();
    private static boolean threadsSet;

    private NdRuntime() {
    }

    /**
     * On the CPU backend, runs ND4J's ops on one thread unless {@value #THREADS_PROPERTY} or
     * OMP_NUM_THREADS asks otherwise: the model's ops are small, and on a shared 2-core machine two
     * spinning OpenMP threads made a training epoch up to nine times slower (ADR 0005).
     */
    static void configureThreads() {
        synchronized (THREADS_LOCK) {
            if (threadsSet) {
                return;
            }
            threadsSet = true;
            String wanted = System.getProperty(THREADS_PROPERTY);
            if (!Nd4j.getEnvironment().isCPU() || (wanted == null && System.getenv("OMP_NUM_THREADS") != null)) {
                return;
            }
            int threads = wanted == null ? 1 : Integer.parseInt(wanted.trim());
            if (threads < 1) {
                throw new IllegalArgumentException(THREADS_PROPERTY + " must be at least 1: " + wanted);
            }
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        }
    }

    /** For example "CPU (nd4j-native, OPENBLAS, 2 threads)" or "CUDA (nd4j-cuda, NVIDIA H200, 1 device)". */
    static String describe() {
        Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
        String backend = String.valueOf(env.getOrDefault(Nd4jEnvironment.BACKEND_KEY, "unknown"));
        if (backend.toUpperCase(Locale.ROOT).contains("CUDA")) {
            Object devices = env.get(Nd4jEnvironment.CUDA_DEVICE_INFORMATION_KEY);
            String name = "unknown device";
            int count = 0;
            if (devices instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> first) {
                name = String.valueOf(first.get(Nd4jEnvironment.CUDA_DEVICE_NAME_KEY));
                count = list.size();
            }
            return "CUDA (nd4j-cuda, " + name + ", " + count + " device" + (count == 1 ? "" : "s") + ")";
        }
        return backend + " (nd4j-native, " + env.getOrDefault(Nd4jEnvironment.BLAS_VENDOR_KEY, "unknown BLAS") + ", "
                + env.getOrDefault(Nd4jEnvironment.OMP_THREADS_KEY, "?") + " threads)";
    }

    /**
     * Builds the gradient graph once. SameDiff 1.0.0-M2.1 prints one line per op to System.out while
     * doing so, unconditionally; those lines are dropped and every other line passes through.
     */
    static synchronized void createGradientGraph(SameDiff sd) {
        PrintStream original = System.out;
        DroppingStream filter = new DroppingStream(original);
        System.setOut(new PrintStream(filter, true, StandardCharsets.UTF_8));
        try {
            sd.createGradFunction();
        } finally {
            System.setOut(original);
            filter.close();
        }
    }

    /** Forwards whole lines, except those that start with the gradient builder's message. */
    private static final class DroppingStream extends OutputStream {
        private final PrintStream target;
        private final StringBuilder line = new StringBuilder();

        DroppingStream(PrintStream target) {
            this.target = target;
        }

        @Override
        public synchronized void write(int b) {
            line.append((char) (b & 0xff));
            if (b == '\n') {
                flushLine();
            }
        }

        @Override
        public synchronized void flush() {
            if (line.length() > 0 && line.charAt(line.length() - 1) == '\n') {
                flushLine();
            }
        }

        private void flushLine() {
            String text = line.toString();
            line.setLength(0);
            if (!text.startsWith(GRADIENT_NOISE)) {
                target.print(new String(text.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
            }
        }

        @Override
        public synchronized void close() {
            if (line.length() > 0) {
                flushLine();
            }
        }
    }
}
