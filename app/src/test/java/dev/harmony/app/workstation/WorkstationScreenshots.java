package dev.harmony.app.workstation;

import dev.harmony.connectors.lab.catalog.LabCatalog;
import dev.harmony.engine.health.HealthComponent;
import dev.harmony.viz.graph.GraphScene;
import dev.harmony.viz.heatmap.HostChoice;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Not a test: opens the workstation on the default demo lab, waits for its computations, and writes a PNG
 * of each main view (overview, affinity graph with a VM selected, heat maps, health, what-if) to the folder given.
 * {@code scripts/screenshots.sh} runs it under Xvfb with the real GTK glass.
 */
public final class WorkstationScreenshots {
    private WorkstationScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        FxTaskRunner runner = new FxTaskRunner();
        LabWorkspaceSource source = new LabWorkspaceSource(new LabCatalog(), WorkstationLauncher.DEFAULT_LAB);
        Stage[] stage = new Stage[1];
        WorkstationViewModel model = onFx(() -> {
            stage[0] = new Stage();
            return WorkstationWindow.show(stage[0], source, runner);
        });
        WorkstationView view = onFx(() -> (WorkstationView) stage[0].getScene().getRoot());
        await(() -> onFx(() -> !model.loadingProperty().get() && !model.analysingProperty().get()
                && model.graph().shownPairsProperty().get() > 0 && !Double.isNaN(model.health().poolIndexProperty().get())));

        shoot(view, stage[0], "overviewTab", out.resolve("workstation-demo-lab.png"), () -> { });
        shoot(view, stage[0], "graphTab", out.resolve("affinity-graph.png"), () -> model.graph().selectedVmProperty()
                .set(vmInStrongestPair(model.graph().sceneProperty().get())));
        shoot(view, stage[0], "heatMapTab", out.resolve("heat-map-hosts.png"), () -> model.heatMap().hostProperty().set(null));
        shoot(view, stage[0], "heatMapTab", out.resolve("heat-map-host-vms.png"), () -> {
            HostChoice busiest = model.heatMap().choicesProperty().get().get(1);
            model.heatMap().hostProperty().set(busiest);
        });
        shoot(view, stage[0], "healthTab", out.resolve("health-dashboard.png"),
                () -> model.health().selectedComponentProperty().set(HealthComponent.AFFINITY));
        onFx(() -> WhatIfShot.runScenarios(model.whatIf()));
        await(() -> onFx(() -> !model.whatIf().comparisonProperty().get().isEmpty() && !model.whatIf().runningProperty().get()));
        shoot(view, stage[0], "whatIfTab", out.resolve("whatif.png"), () -> WhatIfShot.showComparison(view, model.whatIf()));
        shoot(view, stage[0], "whatIfTab", out.resolve("whatif-result.png"), () -> WhatIfShot.showResult(view, model.whatIf()));
        connect(model, view, stage[0], runner, source, out);
        flow(model, view, stage[0], out);
        onFx(() -> {
            stage[0].hide();
            return null;
        });
        source.close();
        runner.close();
        Platform.exit();
        System.exit(0);
    }

    /** The Connect tab with one profile of each kind, in a throw-away data folder (the user's profiles are not read). */
    private static void connect(WorkstationViewModel model, WorkstationView view, Stage stage, FxTaskRunner runner,
                                LabWorkspaceSource source, Path out) throws Exception {
        Path home = Files.createTempDirectory("harmony-screenshots");
        dev.harmony.engine.store.DataDirectory data = new dev.harmony.engine.store.DataDirectory(home);
        dev.harmony.app.cli.AppContext context = dev.harmony.app.cli.AppContext.forUser(data, home.resolve("harmony.log"));
        dev.harmony.app.profile.ProfileFile profiles = context.profiles();
        profiles.put(dev.harmony.app.profile.ConnectionProfile.lab("planetlab", "planetlab-20110303"));
        profiles.put(new dev.harmony.app.profile.ConnectionProfile("vc-prod", "vcenter", null,
                java.net.URI.create("https://vcenter.example.internal/sdk"), "planner@vsphere.local",
                dev.harmony.app.profile.TlsMode.VERIFY, dev.harmony.app.profile.SecretMode.ASK, null, java.util.Map.of()));
        profiles.put(new dev.harmony.app.profile.ConnectionProfile("os-east", "openstack", null,
                java.net.URI.create("https://keystone.example.internal:5000/v3"), "planner",
                dev.harmony.app.profile.TlsMode.VERIFY, dev.harmony.app.profile.SecretMode.ASK, null,
                java.util.Map.of("project", "capacity", "region", "RegionOne", "metrics", "gnocchi")));
        onFx(() -> dev.harmony.app.workstation.connect.ConnectPanel.install(stage, model, context, runner,
                WorkstationLauncher.DEFAULT_LAB, source));
        shoot(view, stage, "connectTab", out.resolve("connect.png"), () -> { });
    }

    /** Trains, evaluates, plans, approves the three best moves, executes them and previews the report, shooting each tab. */
    private static void flow(WorkstationViewModel model, WorkstationView view, Stage stage, Path out) throws Exception {
        onFx(() -> {
            model.training().epochsProperty().set(6);
            model.training().start();
            return null;
        });
        await(() -> onFx(() -> !model.training().trainingProperty().get() && !model.training().curve().isEmpty()), 600);
        onFx(() -> {
            model.training().evaluate();
            return null;
        });
        await(() -> onFx(() -> !model.training().evaluatingProperty().get()), 600);
        shoot(view, stage, "trainingTab", out.resolve("training.png"), () -> { });
        onFx(() -> {
            model.plan().timeLimitSecondsProperty().set(15);
            model.plan().plan();
            return null;
        });
        await(() -> onFx(() -> !model.plan().planningProperty().get() && model.plan().planProperty().get() != null), 600);
        onFx(() -> {
            view.showTab("planTab");
            @SuppressWarnings("unchecked")
            javafx.scene.control.TableView<dev.harmony.engine.plan.Move> table = (javafx.scene.control.TableView<dev.harmony.engine.plan.Move>)
                    view.lookup("#planMoves");
            java.util.List<dev.harmony.engine.plan.Move> best = model.plan().moves().stream()
                    .sorted(java.util.Comparator.comparingDouble(dev.harmony.engine.plan.Move::predictedGain).reversed()).limit(3).toList();
            best.forEach(m -> table.getSelectionModel().select(m));
            model.plan().commentProperty().set("The three moves with the largest predicted gain.");
            return null;
        });
        shoot(view, stage, "planTab", out.resolve("plan-review.png"), () -> { });
        onFx(() -> {
            model.plan().approve();
            return null;
        });
        await(() -> onFx(() -> model.plan().storedProperty().get() != null), 600);
        onFx(() -> {
            model.execution().execute();
            return null;
        });
        await(() -> onFx(() -> !model.execution().runningProperty().get() && model.execution().healthProperty().get() != null), 600);
        shoot(view, stage, "planTab", out.resolve("plan-executed.png"), () -> { });
        onFx(() -> {
            model.export().preview();
            return null;
        });
        await(() -> onFx(() -> !model.export().previewHtmlProperty().get().isEmpty()), 600);
        shoot(view, stage, "reportTab", out.resolve("report-preview.png"), () -> { });
        shoot(view, stage, "planTab", out.resolve("workstation-dark.png"), () -> model.themeProperty().set(Theme.DARK));
    }

    /** A VM of the strongest pair (the scene sorts pairs strongest first), so the picture shows it and its partners. */
    private static String vmInStrongestPair(GraphScene scene) {
        return scene.edgeCount() == 0 ? null : scene.vmId(scene.edgeA(0));
    }

    private static void shoot(WorkstationView view, Stage stage, String tab, Path file, Runnable prepare) throws Exception {
        onFx(() -> {
            view.showTab(tab);
            prepare.run();
            return null;
        });
        Thread.sleep(2500);
        WritableImage image = onFx(() -> stage.getScene().snapshot(null));
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        png.setRGB(0, 0, w, h, argb, 0, w);
        try {
            ImageIO.write(png, "png", file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("could not write " + file, e);
        }
        System.out.println("wrote " + file + " (" + w + "×" + h + ")");
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    private interface Check {
        boolean ok() throws Exception;
    }

    private static void await(Check check) throws Exception {
        await(check, 120);
    }

    private static void await(Check check, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!check.ok()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the workstation did not finish its computations within " + seconds + " s");
            }
            Thread.sleep(250);
        }
    }
}
