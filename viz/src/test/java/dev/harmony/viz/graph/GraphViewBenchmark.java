package dev.harmony.viz.graph;

import dev.harmony.engine.affinity.matrix.AffinityEntry;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Pool;
import dev.harmony.engine.model.Vm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * UI benchmark, not a test: the affinity graph view with a synthetic pool of N VMs (default 1,000 on 50
 * hosts) while live loads arrive ten times a second and 300 pair scores change every second, the view
 * panning and zooming every frame so that every pulse redraws. Reports frames per second, the longest
 * gap between frames and the longest FX-thread stall (how late a task posted every 5 ms ran), per level
 * of detail, after an unreported warm-up. Arguments: VMs (1000), seconds per view (10), a fixed threshold
 * (default: the suggested one, "-" to keep it), and a folder to write a PNG of each view into.
 * Run it as docs/ui-benchmark.md says.
 */
public final class GraphViewBenchmark {
    private static final int HOSTS_PER_ZONE = 10;

    public static void main(String[] args) throws Exception {
        // 0 VMs: the same window, probes and panning with an empty graph, to show what the machine alone costs.
        int asked = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        boolean baseline = asked == 0;
        int vms = Math.max(asked, 1);
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int hosts = Math.max(1, vms / 20);
        Random random = new Random(42);
        InventorySnapshot inventory = inventory(vms, hosts, random);
        List<AffinityEntry> pairs = pairs(inventory, random);
        System.out.printf(Locale.ROOT, "load average at the start: %s%n", loadAverage());
        System.out.printf(Locale.ROOT, "pool: %s; java %s, prism.order=%s, glass=%s%n",
                baseline ? "none (baseline: empty graph)" : String.format(Locale.ROOT, "%d VMs on %d hosts, %,d scored pairs", vms, hosts,
                        pairs.size()), System.getProperty("java.version"), System.getProperty("prism.order"),
                System.getProperty("glass.platform", "default"));

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AffinityGraphViewModel model = new AffinityGraphViewModel();
        AffinityGraphView[] view = new AffinityGraphView[1];
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            view[0] = new AffinityGraphView(model);
            Stage stage = new Stage();
            stage.setScene(new Scene(view[0], 1500, 940));
            stage.show();
            shown.countDown();
        });
        shown.await();
        java.nio.file.Path shots = args.length > 3 ? java.nio.file.Path.of(args[3]) : null;
        if (args.length > 2 && !args[2].equals("-")) {
            double t = Double.parseDouble(args[2]);
            Platform.runLater(() -> model.thresholdProperty().set(t));
        }
        LiveGraphFeed feed = LiveGraphFeed.withOwnThread(Platform::runLater, model::show);
        if (!baseline) {
            feed.offerInventory(inventory);
            feed.offerPairs(new AffinityPairs("synthetic", pairs));
        }

        ScheduledExecutorService live = Executors.newScheduledThreadPool(2);
        AtomicLong loadBatches = new AtomicLong();
        AtomicLong pairBatches = new AtomicLong();
        float[] load = new float[vms];
        live.scheduleAtFixedRate(() -> {
            Map<String, Float> batch = new HashMap<>();
            for (int i = 0; i < vms; i++) {
                load[i] = Math.max(0, Math.min(1, load[i] + (float) (random.nextGaussian() * 0.05) + (i % 7 == 0 ? 0.01f : 0)));
                batch.put("vm-" + i, load[i]);
            }
            feed.offerLoads(batch);
            loadBatches.incrementAndGet();
        }, 0, 100, TimeUnit.MILLISECONDS);
        live.scheduleAtFixedRate(() -> {
            List<AffinityEntry> changes = new ArrayList<>();
            for (int k = 0; k < 300; k++) {
                AffinityEntry e = pairs.get(random.nextInt(pairs.size()));
                changes.add(new AffinityEntry(e.vmA(), e.vmB(), (float) Math.max(-1, Math.min(1, random.nextGaussian() * 0.4)),
                        e.coLocated(), false));
            }
            feed.offerPairChanges(changes);
            pairBatches.incrementAndGet();
        }, 500, 1000, TimeUnit.MILLISECONDS);
        StallProbe probe = new StallProbe();
        probe.start();

        // Not reported: lets the JIT compile the painting and labelling code at every level of detail.
        run(view[0], model, probe, 1.0, false, 3);
        run(view[0], model, probe, 0.35, false, 2);
        run(view[0], model, probe, 4.0, true, 2);
        Map<String, double[]> results = new LinkedHashMap<>();
        results.put("whole pool (fit)", run(view[0], model, probe, 1.0, false, seconds));
        snapshot(view[0], shots, "graph-" + vms + "-vms-fit.png");
        results.put("zoomed out (by host)", run(view[0], model, probe, 0.35, false, seconds));
        snapshot(view[0], shots, "graph-" + vms + "-vms-by-host.png");
        results.put("zoomed in (VM names)", run(view[0], model, probe, 4.0, false, seconds));
        snapshot(view[0], shots, "graph-" + vms + "-vms-zoomed-in.png");
        results.put("fit + VM selected", run(view[0], model, probe, 1.0, true, seconds));
        snapshot(view[0], shots, "graph-" + vms + "-vms-selected.png");
        probe.stop();
        live.shutdownNow();
        feed.close();
        System.out.printf(Locale.ROOT, "live updates sent: %d load batches (%d VMs each), %d pair batches (300 pairs each)%n",
                loadBatches.get(), vms, pairBatches.get());
        System.out.println("| view | detail | pulses/s | new frames/s | longest pulse gap (ms) | longest FX stall (ms)"
                + " | FX stall p99 (ms) | paint avg / max (ms) | FX time per frame avg / max (ms) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        results.forEach((name, r) -> System.out.printf(Locale.ROOT,
                "| %s | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f / %.1f | %.1f / %.1f |%n",
                name, GraphViewport.Detail.values()[(int) r[5]], r[0], r[1], r[2], r[3], r[4], r[6], r[7], r[8], r[9]));
        System.out.printf(Locale.ROOT, "load average at the end: %s%n", loadAverage());
        Platform.exit();
        System.exit(0);
    }

    /** One phase: warm up, then pan and zoom every frame for {@code seconds}, returning the figures. */
    private static double[] run(AffinityGraphView view, AffinityGraphViewModel model, StallProbe probe, double zoom,
                                boolean select, int seconds) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        double[] out = new double[10];
        Platform.runLater(() -> {
            GraphCanvas canvas = view.canvas();
            canvas.fit();
            GraphViewport v = canvas.viewport();
            v.zoomAt(zoom, v.width() / 2, v.height() / 2);
            GraphScene scene = model.sceneProperty().get();
            model.selectedVmProperty().set(select && scene.vmCount() > 0 ? scene.vmId(scene.vmCount() / 2) : null);
            new AnimationTimer() {
                private long start;
                private long last;
                private long maxGap;
                private int frames;
                private long drawnAtStart;
                private long[] paintAtStart;
                private long[] showAtStart;
                private long seen;
                private int presented;
                private boolean measuring;

                @Override
                public void handle(long now) {
                    if (start == 0) {
                        start = now;
                    }
                    double t = (now - start) / 1e9;
                    double dir = Math.sin(t * 1.3);
                    v.pan(3 * dir, 2 * Math.cos(t * 0.9));
                    v.zoomAt(1 + 0.004 * Math.sin(t * 2.1), v.width() / 2, v.height() / 2);
                    canvas.requestRedraw();
                    if (!measuring && t >= 2) {
                        measuring = true;
                        start = now;
                        last = now;
                        drawnAtStart = canvas.framesShown();
                        paintAtStart = canvas.paintNanos();
                        showAtStart = canvas.showNanos();
                        canvas.resetPaintMax();
                        seen = canvas.framesShown();
                        probe.reset();
                        return;
                    }
                    if (measuring) {
                        if (canvas.framesShown() != seen) {
                            seen = canvas.framesShown();
                            presented++;
                        }
                        maxGap = Math.max(maxGap, now - last);
                        last = now;
                        frames++;
                        if (now - start >= seconds * 1_000_000_000L) {
                            double secs = (now - start) / 1e9;
                            out[0] = frames / secs;
                            out[1] = presented / secs;
                            out[2] = maxGap / 1e6;
                            out[3] = probe.maxMs();
                            out[4] = probe.p99Ms();
                            out[5] = v.detail().ordinal();
                            long painted = canvas.framesShown() - drawnAtStart;
                            out[6] = (canvas.paintNanos()[0] - paintAtStart[0]) / 1e6 / Math.max(1, painted);
                            out[7] = canvas.paintNanos()[1] / 1e6;
                            out[8] = (canvas.showNanos()[0] - showAtStart[0]) / 1e6 / Math.max(1, painted);
                            out[9] = canvas.showNanos()[1] / 1e6;
                            stop();
                            done.countDown();
                        }
                    }
                }
            }.start();
        });
        done.await();
        return out;
    }

    /** Writes what the view shows now to {@code folder/name}; does nothing without a folder. */
    private static void snapshot(AffinityGraphView view, java.nio.file.Path folder, String name) throws Exception {
        if (folder == null) {
            return;
        }
        java.nio.file.Files.createDirectories(folder);
        java.util.concurrent.CompletableFuture<javafx.scene.image.WritableImage> shot = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> shot.complete(view.getScene().snapshot(null)));
        javafx.scene.image.WritableImage image = shot.get(30, TimeUnit.SECONDS);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        java.awt.image.BufferedImage png = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        png.setRGB(0, 0, w, h, argb, 0, w);
        javax.imageio.ImageIO.write(png, "png", folder.resolve(name).toFile());
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static InventorySnapshot inventory(int vms, int hosts, Random random) {
        List<Host> hostList = new ArrayList<>();
        for (int h = 0; h < hosts; h++) {
            hostList.add(new Host("host-" + h, String.format(Locale.ROOT, "esx-%02d-%03d", h / HOSTS_PER_ZONE, h), "pool", 32,
                    83_200, 393_216, 25_000, "az-" + h / HOSTS_PER_ZONE, Set.of(), h == 3));
        }
        List<Vm> vmList = new ArrayList<>();
        Map<String, String> placement = new HashMap<>();
        for (int i = 0; i < vms; i++) {
            vmList.add(new Vm("vm-" + i, String.format(Locale.ROOT, "app-%04d", i), 2, 5_200, 8_192, "linux", "", Set.of(), ""));
            placement.put("vm-" + i, "host-" + (i % hosts == 3 && random.nextBoolean() ? 4 : i % hosts));
        }
        return new InventorySnapshot(Instant.EPOCH, "benchmark", List.of(new Pool("pool", "Benchmark pool", "dc")), hostList,
                vmList, new Placement(placement));
    }

    /** Every co-located pair and eight random partners elsewhere per VM, scores roughly normal around 0. */
    private static List<AffinityEntry> pairs(InventorySnapshot inventory, Random random) {
        Map<String, List<String>> byHost = new HashMap<>();
        inventory.placement().hostByVm().forEach((vm, host) -> byHost.computeIfAbsent(host, k -> new ArrayList<>()).add(vm));
        Map<String, AffinityEntry> out = new LinkedHashMap<>();
        for (List<String> members : byHost.values()) {
            for (int a = 0; a < members.size(); a++) {
                for (int b = a + 1; b < members.size(); b++) {
                    add(out, members.get(a), members.get(b), random, true);
                }
            }
        }
        List<Vm> vms = inventory.vms();
        for (Vm vm : vms) {
            for (int k = 0; k < 8; k++) {
                add(out, vm.id(), vms.get(random.nextInt(vms.size())).id(), random, false);
            }
        }
        return new ArrayList<>(out.values());
    }

    private static void add(Map<String, AffinityEntry> out, String a, String b, Random random, boolean together) {
        if (a.equals(b)) {
            return;
        }
        String lo = a.compareTo(b) < 0 ? a : b;
        String hi = a.compareTo(b) < 0 ? b : a;
        float score = (float) Math.max(-1, Math.min(1, random.nextGaussian() * 0.35));
        out.putIfAbsent(lo + "|" + hi, new AffinityEntry(lo, hi, score, together, false));
    }

    /** Posts a task to the FX thread every 5 ms and records how late each one ran. */
    private static final class StallProbe {
        private final ScheduledExecutorService poster = Executors.newSingleThreadScheduledExecutor();
        private final List<Long> delays = java.util.Collections.synchronizedList(new ArrayList<>());

        void start() {
            poster.scheduleAtFixedRate(() -> {
                long posted = System.nanoTime();
                Platform.runLater(() -> delays.add(System.nanoTime() - posted));
            }, 0, 5, TimeUnit.MILLISECONDS);
        }

        void reset() {
            delays.clear();
        }

        double maxMs() {
            synchronized (delays) {
                return delays.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
            }
        }

        double p99Ms() {
            synchronized (delays) {
                long[] sorted = delays.stream().mapToLong(Long::longValue).sorted().toArray();
                return sorted.length == 0 ? 0 : sorted[(int) Math.floor(0.99 * (sorted.length - 1))] / 1e6;
            }
        }

        void stop() {
            poster.shutdownNow();
        }
    }
}
