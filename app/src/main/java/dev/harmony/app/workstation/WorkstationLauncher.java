package dev.harmony.app.workstation;

import dev.harmony.app.cli.AppContext;
import dev.harmony.app.cli.ExitCodes;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts JavaFX and shows the workstation on the default demo lab; returns when the window closes. */
public final class WorkstationLauncher {
    /** The lab the workstation opens by default. */
    public static final String DEFAULT_LAB = "bitbrains-rnd";
    /** System property that makes the window close once the lab has opened, for the installer's smoke test. */
    public static final String SMOKE_TEST_PROPERTY = "harmony.smokeTest";
    private static final Logger LOG = LoggerFactory.getLogger(WorkstationLauncher.class);

    private WorkstationLauncher() {
    }

    /**
     * Opens the window and blocks until it is closed; returns the process exit code.
     *
     * @param openedFile a plan or scenario file the desktop asked Harmony to open, or null
     */
    public static int launch(AppContext context, java.nio.file.Path openedFile) {
        if (!hasDisplay()) {
            System.err.println("harmony: no display found for the workstation window. Run a sub-command instead"
                    + " (./harmony --help), or start the window under a virtual display: xvfb-run ./harmony");
            return ExitCodes.NO_DISPLAY;
        }
        CountDownLatch closed = new CountDownLatch(1);
        boolean smokeTest = Boolean.getBoolean(SMOKE_TEST_PROPERTY);
        AtomicReference<String> finalStatus = new AtomicReference<>("");
        AtomicReference<AutoCloseable> connections = new AtomicReference<>(() -> { });
        FxTaskRunner runner = new FxTaskRunner();
        LabWorkspaceSource source = new LabWorkspaceSource(context.bundledLabs(), DEFAULT_LAB);
        try {
            Platform.setImplicitExit(true);
            Platform.startup(() -> {
                Stage stage = new Stage();
                stage.setOnHidden(e -> closed.countDown());
                WorkstationViewModel model = WorkstationWindow.show(stage, source, runner);
                connections.set(dev.harmony.app.workstation.connect.ConnectPanel.install(stage, model, context, runner, DEFAULT_LAB, source));
                if (openedFile != null) {
                    model.noteOpenedFile(openedFile);
                }
                if (smokeTest) {
                    // Installer check: close as soon as the lab has opened (or failed), and report how it went.
                    model.loadingProperty().addListener((obs, was, loading) -> {
                        if (!loading) {
                            finalStatus.set(model.statusProperty().get());
                            stage.hide();
                        }
                    });
                }
            });
            closed.await();
            if (smokeTest) {
                System.out.println("harmony smoke test: " + finalStatus.get());
                return finalStatus.get().startsWith("Opened") ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
            }
            return ExitCodes.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            LOG.error("the window could not start", e);
            System.err.println("harmony: the window could not start: " + e.getMessage() + " (details in " + context.logFile() + ")");
            return ExitCodes.INTERNAL_ERROR;
        } finally {
            closeQuietly(connections.get());
            source.close();
            runner.close();
            context.close();
            Platform.exit();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.warn("closing the connections failed: {}", e.toString());
        }
    }

    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || "Monocle".equals(System.getProperty("glass.platform"))) {
            return true;
        }
        String display = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        return display != null && !display.isBlank() || wayland != null && !wayland.isBlank();
    }
}
