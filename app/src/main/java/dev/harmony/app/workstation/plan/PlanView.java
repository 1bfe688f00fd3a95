package dev.harmony.app.workstation.plan;

import static dev.harmony.app.workstation.Controls.heading;
import static dev.harmony.app.workstation.Controls.spinner;

import dev.harmony.engine.plan.Move;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The plan tab: Plan with the best score so far and Cancel; the moves, sortable by any column, filtered by
 * text, several picked at once; the approval with comment and window; execution with progress, pause,
 * resume and cancel; health before and after; the plan's audit trail. Export sits in {@code extra}.
 */
public final class PlanView extends BorderPane {

    public PlanView(PlanViewModel model, ExecutionViewModel run, javafx.scene.Node extra) {
        setId("planView");
        setPadding(new Insets(10));
        setTop(toolbar(model, extra));
        TableView<Move> table = movesTable(model);
        TextField filter = new TextField();
        filter.setId("moveFilter");
        filter.setPromptText("Filter moves by VM, host, reason or risk");
        filter.textProperty().bindBidirectional(model.filterProperty());
        Label why = new Label("Pick a move to read why the planner proposes it.");
        why.setId("moveReason");
        why.setWrapText(true);
        why.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        why.getStyleClass().add("hint");
        table.getFocusModel().focusedItemProperty().addListener((obs, old, m) -> {
            if (m != null) {
                why.setText(m.describe() + ": " + m.reason());
            }
        });
        VBox left = new VBox(6, filter, table, why);
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane top = new SplitPane(left, sidePanel(model, run));
        top.setDividerPositions(0.64);
        SplitPane main = new SplitPane(top, auditPanel(run));
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.74);
        setCenter(main);
    }

    private static VBox toolbar(PlanViewModel model, javafx.scene.Node extra) {
        Button plan = new Button("Plan");
        plan.setId("planStart");
        plan.disableProperty().bind(model.planningProperty());
        plan.setOnAction(e -> model.plan());
        Button cancel = new Button("Cancel");
        cancel.setId("planCancel");
        cancel.disableProperty().bind(model.planningProperty().not());
        cancel.setOnAction(e -> model.cancelPlanning());
        ProgressBar busy = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        busy.setId("planProgress");
        busy.visibleProperty().bind(model.planningProperty());
        Label best = new Label();
        best.setId("planBestSoFar");
        best.textProperty().bind(model.progressProperty());
        HBox bar = new HBox(10, plan, cancel, new Label("Most moves"), spinner("planMaxMoves", model.maxMovesProperty(), 1, 1000),
                new Label("Time limit (s)"), spinner("planTimeLimit", model.timeLimitSecondsProperty(), 1, 3600), busy, best);
        bar.setAlignment(Pos.CENTER_LEFT);
        if (extra != null) {
            HBox.setHgrow(extra, Priority.ALWAYS);
            bar.getChildren().add(extra);
        }
        Label status = new Label();
        status.setId("planStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label summary = new Label();
        summary.setId("planSummary");
        summary.getStyleClass().add("hint");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        VBox top = new VBox(6, bar, status, summary);
        top.setPadding(new Insets(0, 0, 8, 0));
        return top;
    }

    private static TableView<Move> movesTable(PlanViewModel model) {
        SortedList<Move> sorted = new SortedList<>(model.shownMoves());
        TableView<Move> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("planMoves");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No plan yet: press Plan"));
        table.getColumns().add(text("Move", Move::id, 55));
        table.getColumns().add(text("VM", Move::vm, 90));
        table.getColumns().add(text("From", Move::from, 80));
        table.getColumns().add(text("To", Move::to, 80));
        table.getColumns().add(number("Gain (pts)", Move::predictedGain, "%.2f", 80));
        table.getColumns().add(number("Cost (s)", Move::cost, "%.0f", 70));
        table.getColumns().add(text("Risk", m -> m.risk().code(), 60));
        TableColumn<Move, String> approved = text("Approved", m -> {
            var sp = model.storedProperty().get();
            return sp != null && sp.approval().map(a -> a.covers(m.id())).orElse(false) ? "✔ " + sp.status().label() : "";
        }, 95);
        model.storedProperty().addListener((obs, old, now) -> table.refresh());
        TableColumn<Move, String> reason = text("Reason", Move::reason, 900);
        reason.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v);
                setTooltip(empty || v == null ? null : new javafx.scene.control.Tooltip(v));
            }
        });
        table.getColumns().add(approved);
        table.getColumns().add(reason);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Move>) c ->
                model.select(table.getSelectionModel().getSelectedItems().stream().map(Move::id).toList()));
        return table;
    }

    private static TableColumn<Move, String> text(String title, Function<Move, String> value, double width) {
        TableColumn<Move, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 90));
        return c;
    }

    private static TableColumn<Move, Double> number(String title, Function<Move, Double> value, String format, double width) {
        TableColumn<Move, Double> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : String.format(Locale.ROOT, format, v));
            }
        });
        c.setPrefWidth(width);
        c.setMinWidth(width);
        return c;
    }

    private static VBox sidePanel(PlanViewModel model, ExecutionViewModel run) {
        TextField approver = new TextField();
        approver.setId("approver");
        approver.textProperty().bindBidirectional(model.approverProperty());
        TextArea comment = new TextArea();
        comment.setId("approvalComment");
        comment.setPromptText("Why these moves, what was checked");
        comment.setPrefRowCount(2);
        comment.setWrapText(true);
        comment.textProperty().bindBidirectional(model.commentProperty());
        GridPane form = new GridPane();
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Approver"), approver);
        form.addRow(1, new Label("Comment"), comment);
        form.addRow(2, new Label("Window starts in (h)"), spinner("windowStartsIn", model.windowStartsInHoursProperty(), 0, 168));
        form.addRow(3, new Label("Window lasts (h)"), spinner("windowHours", model.windowHoursProperty(), 1, 72));
        Button approve = new Button();
        approve.setId("approveMoves");
        approve.textProperty().bind(Bindings.createStringBinding(() -> "Approve " + model.selected().size() + " selected move"
                + (model.selected().size() == 1 ? "" : "s"), model.selected()));
        approve.disableProperty().bind(model.canApproveProperty().not());
        approve.setOnAction(e -> model.approve());

        Label health = new Label();
        health.setId("planHealth");
        health.setWrapText(true);
        health.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        health.textProperty().bind(Bindings.createStringBinding(() -> healthText(model, run), model.planProperty(), run.healthProperty()));

        Button execute = new Button("Execute approved");
        execute.setId("executePlan");
        execute.disableProperty().bind(run.canExecuteProperty().not());
        execute.setOnAction(e -> run.execute());
        Button pause = new Button("Pause");
        pause.setId("pausePlan");
        pause.disableProperty().bind(run.runningProperty().not());
        pause.setOnAction(e -> run.pause());
        execute.textProperty().bind(Bindings.when(run.pausedProperty()).then("Resume").otherwise("Execute approved"));
        Button cancel = new Button("Cancel run");
        cancel.setId("cancelPlan");
        cancel.disableProperty().bind(run.runningProperty().not().and(run.pausedProperty().not()));
        cancel.setOnAction(e -> run.cancel());
        ProgressBar progress = new ProgressBar();
        progress.setId("executionProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(run.progressProperty());
        Label status = new Label();
        status.setId("executionStatus");
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.textProperty().bind(run.statusProperty());
        javafx.scene.control.ListView<String> log = new javafx.scene.control.ListView<>(run.log());
        log.setId("executionLog");
        log.setPrefHeight(120);
        VBox.setVgrow(log, Priority.ALWAYS);
        HBox buttons = new HBox(8, execute, pause, cancel);
        VBox side = new VBox(8, heading("Approval"), form, approve, heading("Pool health"), health, heading("Execution"), buttons, progress, status, log);
        side.setPadding(new Insets(0, 0, 0, 10));
        side.setMinWidth(360);
        return side;
    }

    private static String healthText(PlanViewModel model, ExecutionViewModel run) {
        StringBuilder text = new StringBuilder();
        var p = model.planProperty().get();
        if (p != null && p.healthBefore() != null && p.healthAfter() != null) {
            text.append(String.format(Locale.ROOT, "Planner's prediction for the whole plan: %.1f → %.1f.", p.healthBefore(), p.healthAfter()));
        }
        var h = run.healthProperty().get();
        if (h != null) {
            text.append(String.format(Locale.ROOT, "%sMeasured at %s UTC on the same demand: %.1f before the moves, %.1f after (%+.1f).",
                    text.length() == 0 ? "" : "\n", h.at().toString().substring(0, 16).replace('T', ' '), h.before().report().pool().index(),
                    h.after().report().pool().index(), h.gain()));
        }
        return text.length() == 0 ? "Plan, approve and execute to see the pool's health before and after." : text.toString();
    }

    private static VBox auditPanel(ExecutionViewModel run) {
        TableView<dev.harmony.engine.audit.AuditEntry> table = new TableView<>(run.audit());
        table.setId("auditTrail");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("The plan's audit trail appears once it is approved"));
        table.getColumns().add(auditColumn("#", e -> Long.toString(e.seq()), 50));
        table.getColumns().add(auditColumn("Time (UTC)", e -> e.at().toString().replace('T', ' ').substring(0, 19), 160));
        table.getColumns().add(auditColumn("Actor", dev.harmony.engine.audit.AuditEntry::actor, 140));
        table.getColumns().add(auditColumn("Action", dev.harmony.engine.audit.AuditEntry::action, 140));
        table.getColumns().add(auditColumn("Hash", e -> e.hash().substring(0, Math.min(16, e.hash().length())) + "…", 150));
        table.getColumns().add(auditColumn("Details", dev.harmony.engine.audit.AuditEntry::payload, 500));
        Label status = new Label();
        status.setId("auditStatus");
        status.textProperty().bind(run.auditStatusProperty());
        VBox box = new VBox(6, new HBox(10, heading("Audit trail"), status), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    private static TableColumn<dev.harmony.engine.audit.AuditEntry, String> auditColumn(String title,
            Function<dev.harmony.engine.audit.AuditEntry, String> value, double width) {
        TableColumn<dev.harmony.engine.audit.AuditEntry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 160));
        c.setSortable(false);
        return c;
    }


}
