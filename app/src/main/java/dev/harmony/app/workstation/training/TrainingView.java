package dev.harmony.app.workstation.training;

import static dev.harmony.app.workstation.Controls.heading;
import static dev.harmony.app.workstation.Controls.spinner;

import dev.harmony.engine.store.ModelInfo;
import java.util.Locale;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The training tab: settings and start/stop, progress, the loss curve, stored versions and the evaluation table. */
public final class TrainingView extends BorderPane {

    public TrainingView(TrainingViewModel model) {
        setId("trainingView");
        setPadding(new Insets(12));
        Button start = new Button("Train");
        start.setId("trainStart");
        start.setDefaultButton(false);
        start.disableProperty().bind(model.trainingProperty());
        start.setOnAction(e -> model.start());
        Button stop = new Button("Stop");
        stop.setId("trainStop");
        stop.disableProperty().bind(model.trainingProperty().not());
        stop.setOnAction(e -> model.stop());
        ProgressBar bar = new ProgressBar();
        bar.setId("trainProgress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(model.progressProperty());
        Label backend = new Label();
        backend.setId("trainBackend");
        backend.getStyleClass().add("hint");
        backend.textProperty().bind(model.backendProperty());
        HBox controls = new HBox(10, new Label("Epochs"), spinner("trainEpochs", model.epochsProperty(), 1, 500),
                new Label("Window (h)"), spinner("trainWindowHours", model.windowHoursProperty(), 1, 24),
                new Label("History windows"), spinner("trainHistory", model.historyProperty(), 1, 14), start, stop, bar);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("trainStatus");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        VBox top = new VBox(8, controls, status, backend);
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);

        LineChart<Number, Number> chart = lossChart(model);
        HBox.setHgrow(chart, Priority.ALWAYS);
        VBox side = new VBox(6, heading("Stored versions of " + AffinityTraining.MODEL_NAME), versions(model));
        side.setPrefWidth(330);
        HBox middle = new HBox(12, chart, side);
        setCenter(middle);
        setBottom(evaluation(model));
    }



    private static LineChart<Number, Number> lossChart(TrainingViewModel model) {
        NumberAxis x = new NumberAxis();
        x.setLabel("epoch");
        x.setForceZeroInRange(false);
        x.setTickUnit(1);
        x.setMinorTickVisible(false);
        NumberAxis y = new NumberAxis();
        y.setLabel("mean absolute error of the affinity score");
        y.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("lossChart");
        chart.setTitle("Learning curve: error after each epoch");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        XYChart.Series<Number, Number> train = new XYChart.Series<>();
        train.setName("training windows");
        XYChart.Series<Number, Number> validation = new XYChart.Series<>();
        validation.setName("validation windows (held out)");
        chart.getData().add(train);
        chart.getData().add(validation);
        x.setAutoRanging(false);
        x.setLowerBound(1);
        x.setUpperBound(2);
        x.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Integer.toString(n.intValue()) : "";
            }

            @Override
            public Number fromString(String text) {
                return Integer.parseInt(text);
            }
        });
        model.curve().addListener((ListChangeListener<EpochPoint>) change -> {
            int epochs = model.curve().isEmpty() ? 2 : Math.max(2, model.curve().get(0).epochs());
            x.setUpperBound(epochs);
            x.setTickUnit(Math.max(1, Math.ceil(epochs / 15.0)));
            train.getData().setAll(model.curve().stream().map(p -> new XYChart.Data<Number, Number>(p.epoch(), p.trainMae())).toList());
            validation.getData().setAll(model.curve().stream().map(p -> new XYChart.Data<Number, Number>(p.epoch(), p.validationMae())).toList());
        });
        return chart;
    }

    private static ListView<ModelInfo> versions(TrainingViewModel model) {
        ListView<ModelInfo> list = new ListView<>(model.versions());
        list.setId("modelVersions");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ModelInfo m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : String.format(Locale.ROOT, "v%d · %s · %s ep. · val. MAE %s", m.version(),
                        m.createdAt().toString().substring(0, 16).replace('T', ' '), m.meta().getOrDefault("epochs", "?"),
                        short4(m.meta().getOrDefault("validation_mae", m.meta().getOrDefault("train_mae", "?")))));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    private static VBox evaluation(TrainingViewModel model) {
        Button run = new Button("Evaluate against baselines");
        run.setId("evaluateStart");
        run.disableProperty().bind(model.evaluatingProperty());
        run.setOnAction(e -> model.evaluate());
        Button cancel = new Button("Cancel");
        cancel.setId("evaluateCancel");
        cancel.disableProperty().bind(model.evaluatingProperty().not());
        cancel.setOnAction(e -> model.cancelEvaluation());
        ProgressBar busy = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        busy.visibleProperty().bind(model.evaluatingProperty());
        Label status = new Label();
        status.setId("evaluationStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.evaluationStatusProperty());
        TableView<EvaluationRow> table = new TableView<>(model.evaluation());
        table.setId("evaluationTable");
        table.setPrefHeight(170);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Model", r -> r.model() + (r.best() ? "  (best)" : "")));
        table.getColumns().add(column("MAE", r -> fmt(r.mae())));
        table.getColumns().add(column("Spearman", r -> fmt(r.spearman())));
        table.getColumns().add(column("Precision@50", r -> fmt(r.precisionAtK())));
        table.getColumns().add(column("Fit (s)", r -> String.format(Locale.ROOT, "%.1f", r.fitSeconds())));
        table.setPlaceholder(new Label("No evaluation yet"));
        HBox bar = new HBox(10, heading("Evaluation against baselines"), run, cancel, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, bar, status, table);
        box.setPadding(new Insets(10, 0, 0, 0));
        return box;
    }

    private static TableColumn<EvaluationRow, String> column(String title, Function<EvaluationRow, String> value) {
        TableColumn<EvaluationRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String short4(String number) {
        try {
            return String.format(Locale.ROOT, "%.4f", Double.parseDouble(number));
        } catch (RuntimeException e) {
            return number;
        }
    }
}
