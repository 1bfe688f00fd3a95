package dev.harmony.viz.whatif;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The form of one scenario: name, baseline and horizon; the list of changes; the selected change's fields. */
final class ScenarioEditorPane extends VBox {

    ScenarioEditorPane(WhatIfViewModel model, ScenarioEditorViewModel editor) {
        super(8);
        setPadding(new Insets(8, 10, 10, 10));
        setId("whatIfEditor");

        ListView<ChangeForm> list = new ListView<>(editor.changes());
        list.setId("whatIfChanges");
        list.setPrefHeight(140);
        list.setMinHeight(90);
        list.setPlaceholder(new Label("No changes: this scenario is the pool as it is. Add one below."));
        list.setCellFactory(l -> new ChangeCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                editor.selectedProperty().set(now);
            }
        });
        if (editor.selectedProperty().get() != null) {
            list.getSelectionModel().select(editor.selectedProperty().get());
        }
        editor.selectedProperty().addListener((obs, old, now) -> list.getSelectionModel().select(now));

        MenuButton add = new MenuButton("Add change");
        add.setId("whatIfAddChange");
        for (ChangeKind kind : ChangeKind.values()) {
            MenuItem item = new MenuItem(kind.label());
            item.setId("whatIfAdd-" + kind.name());
            item.setOnAction(e -> model.addChange(kind));
            add.getItems().add(item);
        }
        Button remove = new Button("Remove");
        remove.setId("whatIfRemoveChange");
        remove.disableProperty().bind(editor.selectedProperty().isNull());
        remove.setOnAction(e -> editor.removeSelected());

        VBox changeForm = new VBox(6);
        changeForm.setId("whatIfChangeForm");
        showChange(changeForm, editor.selectedProperty().get());
        editor.selectedProperty().addListener((obs, old, now) -> showChange(changeForm, now));

        Label migrations = new Label();
        migrations.getStyleClass().add("hint");
        migrations.textProperty().bind(editor.migrationsNoteProperty());
        migrations.visibleProperty().bind(editor.migrationsNoteProperty().isNotEmpty());
        migrations.managedProperty().bind(migrations.visibleProperty());

        getChildren().addAll(heading("Scenario " + model.editingProperty().get() + ": baseline and horizon"),
                new FormGrid(editor.headerFields(), "scenario-"),
                heading("Changes, applied in order"), list, new HBox(8, add, remove), migrations, changeForm);
    }

    private static void showChange(VBox box, ChangeForm form) {
        box.getChildren().clear();
        if (form == null) {
            return;
        }
        Label title = heading(form.kind().label());
        Label error = new Label();
        error.setId("whatIfChangeError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(form.errorProperty());
        error.visibleProperty().bind(form.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        box.getChildren().addAll(title, new FormGrid(form.fields(), "change-"), error);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-heading");
        return l;
    }

    /** A change's summary, marked while one of its fields is wrong. */
    private static final class ChangeCell extends ListCell<ChangeForm> {
        @Override
        protected void updateItem(ChangeForm item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) {
                setText(null);
                return;
            }
            textProperty().bind(Bindings.concat(Bindings.when(item.invalidProperty()).then("⚠ ").otherwise(""),
                    Integer.toString(getIndex() + 1), ". ", item.summaryProperty()));
        }
    }
}
