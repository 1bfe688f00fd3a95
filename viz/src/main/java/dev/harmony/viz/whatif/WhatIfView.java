package dev.harmony.viz.whatif;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.geometry.Orientation;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The what-if panel: a toolbar (scenario A or B, open, save, run, run both, cancel, progress), the
 * scenario's form on the left, and on the right its result or A beside B. Bound to a {@link WhatIfViewModel}.
 */
public final class WhatIfView extends BorderPane {

    public WhatIfView(WhatIfViewModel model) {
        this(model, ScenarioFiles.dialogs());
    }

    public WhatIfView(WhatIfViewModel model, ScenarioFiles files) {
        setId("whatIf");
        getStylesheets().add(WhatIfView.class.getResource("whatif.css").toExternalForm());
        Label error = new Label();
        error.setId("whatIfError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setPadding(new Insets(4, 10, 4, 10));
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        setTop(new VBox(toolbar(model, files), error));

        ScrollPane editor = new ScrollPane();
        editor.setFitToWidth(true);
        editor.setContent(new ScenarioEditorPane(model, model.editorProperty().get()));
        model.editorProperty().addListener((obs, old, now) -> editor.setContent(new ScenarioEditorPane(model, now)));

        TabPane results = new TabPane();
        results.setId("whatIfResults");
        results.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab result = new Tab("Result", scrolling(new ResultPane(model)));
        result.setId("whatIfResultTab");
        Tab compare = new Tab("A vs B", scrolling(new ComparisonPane(model)));
        compare.setId("whatIfCompareTab");
        results.getTabs().addAll(result, compare);

        SplitPane split = new SplitPane(editor, results);
        split.setDividerPositions(0.42);
        setCenter(split);
    }

    private static HBox toolbar(WhatIfViewModel model, ScenarioFiles files) {
        ToggleGroup slots = new ToggleGroup();
        ToggleButton a = slot(WhatIfViewModel.Slot.A, slots);
        ToggleButton b = slot(WhatIfViewModel.Slot.B, slots);
        slots.selectToggle(model.editingProperty().get() == WhatIfViewModel.Slot.A ? a : b);
        model.editingProperty().addListener((obs, old, now) -> slots.selectToggle(now == WhatIfViewModel.Slot.A ? a : b));
        slots.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                slots.selectToggle(old);
            } else {
                model.editingProperty().set((WhatIfViewModel.Slot) now.getUserData());
            }
        });

        Button open = new Button("Open…");
        open.setId("whatIfOpen");
        open.setOnAction(e -> files.toOpen(open.getScene().getWindow()).ifPresent(model::open));
        Button save = new Button("Save…");
        save.setId("whatIfSave");
        save.setOnAction(e -> files.toSave(save.getScene().getWindow(), model.editorProperty().get().field("name").text())
                .ifPresent(model::save));
        Button run = new Button();
        run.setId("whatIfRun");
        run.textProperty().bind(model.editingProperty().asString("Run %s"));
        run.setDefaultButton(true);
        run.setOnAction(e -> model.run());
        Button both = new Button("Run A and B");
        both.setId("whatIfRunBoth");
        both.setOnAction(e -> model.runBoth());
        run.disableProperty().bind(model.runningProperty().or(model.readyProperty().not()));
        both.disableProperty().bind(run.disableProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("whatIfCancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar progress = new ProgressBar();
        progress.setId("whatIfProgress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        Label message = new Label();
        message.setId("whatIfMessage");
        message.getStyleClass().add("hint");
        message.textProperty().bind(model.messageProperty());
        message.setMinWidth(0);
        message.setTooltip(new javafx.scene.control.Tooltip());
        message.getTooltip().textProperty().bind(model.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        for (var button : java.util.List.of(a, b, open, save, run, both, cancel)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        progress.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, a, b, new Separator(Orientation.VERTICAL), open, save, new Separator(Orientation.VERTICAL), run, both,
                cancel, progress, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.getStyleClass().add("view-toolbar");
        return bar;
    }

    private static ToggleButton slot(WhatIfViewModel.Slot slot, ToggleGroup group) {
        ToggleButton b = new ToggleButton("Scenario " + slot);
        b.setId("whatIfSlot" + slot);
        b.setUserData(slot);
        b.setToggleGroup(group);
        return b;
    }

    private static ScrollPane scrolling(javafx.scene.Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        return s;
    }
}
