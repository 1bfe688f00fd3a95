package dev.harmony.viz.graph;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Paints graph frames on a thread of its own: only the newest {@link FrameRequest} is painted, only the
 * newest finished frame is handed to the FX thread, and pixel buffers are recycled. Frames are spaced at
 * least {@link #FRAME_NANOS} apart: a steady 40 frames a second is fluid, and the CPU that leaves free keeps
 * the FX and JavaFX render threads on time on a small machine. The thread ends itself when idle.
 */
final class FramePainter {
    /** Least time between two frames: 25 ms, at most 40 frames a second. */
    static final long FRAME_NANOS = 25_000_000;
    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
            r -> {
                Thread t = new Thread(r, "harmony-graph-paint");
                t.setDaemon(true);
                return t;
            });
    private final ArrayBlockingQueue<int[]> spare = new ArrayBlockingQueue<>(3);
    private final LatestHandoff<FrameRequest> requests;
    private final LatestHandoff<Frame> frames;
    private final HostLinks.Cache links = new HostLinks.Cache();
    private long lastPaint;
    private volatile long paintNanos;
    private volatile long paintNanosMax;

    /** A painted frame on its way to the FX thread; give its pixels back with {@link #recycle}. */
    record Frame(FrameRequest request, int[] argb, int width, int height, GraphRaster.Painted painted) {
    }

    /** @param fx runs {@code onFrame} (Platform::runLater in the window) */
    FramePainter(Executor fx, Consumer<Frame> onFrame) {
        thread.allowCoreThreadTimeOut(true);
        requests = new LatestHandoff<>(thread, this::paint);
        frames = new LatestHandoff<>(fx, onFrame, f -> recycle(f.argb()));
    }

    /** Asks for a frame; requests made while one is painted replace each other. */
    void request(FrameRequest request) {
        requests.offer(request);
    }

    /** Returns a shown frame's pixels for reuse. */
    void recycle(int[] argb) {
        spare.offer(argb);
    }

    /** Total and longest time spent painting, in nanoseconds. */
    long[] paintNanos() {
        return new long[] {paintNanos, paintNanosMax};
    }

    void resetPaintMax() {
        paintNanosMax = 0;
    }

    /** Runs on the paint thread. */
    private void paint(FrameRequest request) {
        long wait = lastPaint + FRAME_NANOS - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        lastPaint = System.nanoTime();
        int w = (int) request.view().width();
        int h = (int) request.view().height();
        Raster raster = new Raster(w, h, spare.poll());
        GraphRaster.Painted painted = GraphRaster.paint(raster, request, links);
        long took = System.nanoTime() - lastPaint;
        paintNanos += took;
        paintNanosMax = Math.max(paintNanosMax, took);
        frames.offer(new Frame(request, raster.pixels, w, h, painted));
    }
}
