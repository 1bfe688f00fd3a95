package dev.harmony.viz.graph;

import javafx.application.Platform;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

/**
 * The drawing surface of the affinity graph. Frames are painted into pixels off the FX thread by a
 * {@link FramePainter} from a frozen {@link FrameRequest}, so the FX thread does no more per frame than
 * copy the pixels and draw the labels, however many VMs and pairs there are. It pans on drag, zooms on
 * scroll, selects on click and names what is under the pointer.
 */
final class GraphCanvas extends Region {
    private final AffinityGraphViewModel model;
    private final ImageView image = new ImageView();
    private final Canvas labels = new Canvas();
    private final Label hover = new Label();
    private final GraphViewport viewport = new GraphViewport();
    private final FramePainter painter = new FramePainter(Platform::runLater, this::show);
    private WritableImage pixels;
    private boolean fitted;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private long framesShown;
    private long showNanos;
    private long showNanosMax;

    GraphCanvas(AffinityGraphViewModel model) {
        this.model = model;
        setId("graphCanvas");
        setMinSize(200, 160);
        image.setMouseTransparent(true);
        labels.setMouseTransparent(true);
        hover.setId("graphHover");
        hover.getStyleClass().add("graph-hover");
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        getChildren().addAll(image, labels, hover);
        model.sceneProperty().addListener((obs, old, now) -> {
            if (!fitted && now.hostCount() > 0) {
                viewport.fit(now);
                fitted = true;
            }
            requestRedraw();
        });
        model.thresholdProperty().addListener(obs -> requestRedraw());
        model.filterProperty().addListener(obs -> requestRedraw());
        model.selectedVmProperty().addListener(obs -> requestRedraw());
        setOnScroll(this::zoom);
        setOnMousePressed(e -> {
            pressX = lastX = e.getX();
            pressY = lastY = e.getY();
        });
        setOnMouseDragged(this::pan);
        setOnMouseReleased(this::click);
        setOnMouseMoved(this::hover);
        setOnMouseExited(e -> hover.setVisible(false));
    }

    /** Shows the whole pool. */
    void fit() {
        viewport.fit(model.sceneProperty().get());
        requestRedraw();
    }

    /** Asks for a new frame; requests made while one is being painted replace each other. */
    void requestRedraw() {
        if (viewport.width() < 2 || viewport.height() < 2) {
            return;
        }
        GraphScene scene = model.sceneProperty().get();
        String selected = model.selectedVmProperty().get();
        painter.request(new FrameRequest(scene, viewport.copy(), model.thresholdProperty().get(), model.filterProperty().get(),
                selected == null ? -1 : scene.indexOf(selected)));
    }

    AffinityGraphViewModel model() {
        return model;
    }

    GraphViewport viewport() {
        return viewport;
    }

    /** Frames shown so far, for the benchmark. */
    long framesShown() {
        return framesShown;
    }

    /** Total and longest time spent painting frames off the FX thread, in nanoseconds. */
    long[] paintNanos() {
        return painter.paintNanos();
    }

    /** Total and longest FX-thread time spent showing frames (pixel copy and labels), in nanoseconds. */
    long[] showNanos() {
        return new long[] {showNanos, showNanosMax};
    }

    void resetPaintMax() {
        painter.resetPaintMax();
        showNanosMax = 0;
    }

    /** Runs on the FX thread: copies the pixels and draws the labels with the frame's viewport. */
    private void show(FramePainter.Frame frame) {
        long start = System.nanoTime();
        showFrame(frame);
        long took = System.nanoTime() - start;
        showNanos += took;
        showNanosMax = Math.max(showNanosMax, took);
    }

    private void showFrame(FramePainter.Frame frame) {
        if (frame.width() != (int) viewport.width() || frame.height() != (int) viewport.height()) {
            painter.recycle(frame.argb());
            requestRedraw();
            return;
        }
        if (pixels == null || pixels.getWidth() != frame.width() || pixels.getHeight() != frame.height()) {
            pixels = new WritableImage(frame.width(), frame.height());
            image.setImage(pixels);
        }
        pixels.getPixelWriter().setPixels(0, 0, frame.width(), frame.height(), PixelFormat.getIntArgbPreInstance(),
                frame.argb(), 0, frame.width());
        painter.recycle(frame.argb());
        GraphLabels.draw(labels.getGraphicsContext2D(), frame.request(), frame.painted());
        framesShown++;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (labels.getWidth() != w || labels.getHeight() != h) {
            labels.setWidth(w);
            labels.setHeight(h);
            viewport.resize(w, h);
            if (model.sceneProperty().get().hostCount() > 0) {
                viewport.fit(model.sceneProperty().get());
                fitted = true;
            }
            requestRedraw();
        }
        hover.autosize();
    }

    private void zoom(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            viewport.zoomAt(Math.exp(e.getDeltaY() * 0.004), e.getX(), e.getY());
            requestRedraw();
        }
        e.consume();
    }

    private void pan(MouseEvent e) {
        viewport.pan(e.getX() - lastX, e.getY() - lastY);
        lastX = e.getX();
        lastY = e.getY();
        setCursor(Cursor.MOVE);
        hover.setVisible(false);
        requestRedraw();
    }

    private void click(MouseEvent e) {
        setCursor(Cursor.DEFAULT);
        if (e.getButton() != MouseButton.PRIMARY || Math.hypot(e.getX() - pressX, e.getY() - pressY) > 4) {
            return;
        }
        GraphScene scene = model.sceneProperty().get();
        if (viewport.detail() == GraphViewport.Detail.HOSTS) {
            int host = viewport.hostAt(scene, e.getX(), e.getY());
            if (host >= 0) {
                viewport.focusHost(scene, host);
                requestRedraw();
            }
            return;
        }
        int vm = viewport.vmAt(scene, e.getX(), e.getY());
        model.selectedVmProperty().set(vm < 0 ? null : scene.vmId(vm));
    }

    private void hover(MouseEvent e) {
        GraphScene scene = model.sceneProperty().get();
        int vm = viewport.detail() == GraphViewport.Detail.HOSTS ? -1 : viewport.vmAt(scene, e.getX(), e.getY());
        if (vm < 0) {
            int host = viewport.hostAt(scene, e.getX(), e.getY());
            hover.setVisible(host >= 0);
            if (host >= 0) {
                hover.setText(scene.hostName(host) + " · " + scene.vmsOf(host).length + " VMs"
                        + (scene.hostInMaintenance(host) ? " · maintenance" : "")
                        + (viewport.detail() == GraphViewport.Detail.HOSTS ? " · click to zoom in" : ""));
            }
        } else {
            hover.setText(model.describe(vm));
            hover.setVisible(true);
        }
        hover.relocate(Math.min(e.getX() + 14, getWidth() - hover.prefWidth(-1) - 4), e.getY() + 16);
    }
}
