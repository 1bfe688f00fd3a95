package dev.harmony.app.workstation.connect;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Connect panel: a table of profiles (name, kind, target, status, message) and the buttons to connect,
 * disconnect, add, edit and remove. Add and edit open {@link ProfileEditorDialog}.
 */
public final class ConnectView extends VBox {

    public ConnectView(ConnectViewModel model) {
        super(10);
        setId("connectView");
        setPadding(new Insets(16));
        Label heading = new Label("Connections");
        heading.getStyleClass().add("heading");
        Label error = new Label();
        error.setId("connectError");
        error.setWrapText(true);
        error.getStyleClass().add("error");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        TableView<ProfileRow> table = table(model);
        VBox.setVgrow(table, Priority.ALWAYS);
        var selected = table.getSelectionModel().selectedItemProperty();

        Button connect = button("connectButton", "Connect", () -> model.connect(selected.get()));
        connect.disableProperty().bind(selected.isNull());
        Button disconnect = button("disconnectButton", "Disconnect", model::disconnect);
        Button add = button("addProfileButton", "Add…", () -> ProfileEditorDialog.show(getScene().getWindow(), model.editor(null)));
        Button edit = button("editProfileButton", "Edit…", () -> ProfileEditorDialog.show(getScene().getWindow(), model.editor(selected.get())));
        Button remove = button("removeProfileButton", "Remove", () -> model.remove(selected.get()));
        var builtIn = Bindings.createBooleanBinding(() -> selected.get() == null || selected.get().builtIn(), selected);
        edit.disableProperty().bind(builtIn);
        remove.disableProperty().bind(builtIn);
        Button reload = button("reloadProfilesButton", "Reload", model::reload);
        Label hint = new Label("Profiles live in profiles.json in the data folder; passwords are stored encrypted or asked each time.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        getChildren().addAll(heading, error, table, new HBox(8, connect, disconnect, add, edit, remove, reload), hint);
    }

    private static TableView<ProfileRow> table(ConnectViewModel model) {
        TableView<ProfileRow> table = new TableView<>(model.rows());
        table.setId("profileTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("Name", r -> r.profile().name() + (r.builtIn() ? " (default)" : "")));
        table.getColumns().add(column("Kind", r -> r.profile().kind()));
        table.getColumns().add(column("Target", r -> r.profile().target()));
        TableColumn<ProfileRow, String> status = new TableColumn<>("Status");
        status.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().statusProperty().get().label(),
                c.getValue().statusProperty()));
        TableColumn<ProfileRow, String> message = new TableColumn<>("Message");
        message.setCellValueFactory(c -> c.getValue().messageProperty());
        table.getColumns().add(status);
        table.getColumns().add(message);
        table.setRowFactory(t -> {
            TableRow<ProfileRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    model.connect(row.getItem());
                }
            });
            return row;
        });
        return table;
    }

    private static TableColumn<ProfileRow, String> column(String title, java.util.function.Function<ProfileRow, String> value) {
        TableColumn<ProfileRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
