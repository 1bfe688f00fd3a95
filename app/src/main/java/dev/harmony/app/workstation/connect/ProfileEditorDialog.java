package dev.harmony.app.workstation.connect;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The add/edit form as a dialog; OK saves through {@link ProfileEditorModel} and stays open on a mistake, naming the field. */
final class ProfileEditorDialog {
    private ProfileEditorDialog() {
    }

    /** Builds the dialog (not shown); tests and {@link #show} use it. */
    static Dialog<ButtonType> create(Window owner, ProfileEditorModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(model.editing() ? "Edit profile" : "Add profile");
        GridPane form = new GridPane();
        form.setId("profileEditor");
        form.setHgap(8);
        form.setVgap(6);
        ChoiceBox<String> kind = new ChoiceBox<>();
        kind.setId("profileKind");
        kind.getItems().setAll(model.kinds());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        TextField name = field("profileName", model.nameProperty());
        TextField lab = field("profileLab", model.labProperty());
        TextField url = field("profileUrl", model.urlProperty());
        url.setPromptText("https://vc01.example.com/sdk");
        TextField user = field("profileUser", model.userProperty());
        PasswordField password = new PasswordField();
        password.setId("profilePassword");
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.setPromptText(model.editing() ? "empty keeps the stored one" : "stored encrypted");
        CheckBox ask = new CheckBox("Ask for the password each time (store nothing)");
        ask.setId("profileAskEachTime");
        ask.selectedProperty().bindBidirectional(model.askEachTimeProperty());
        CheckBox insecure = new CheckBox("Do NOT check the certificate (throw-away labs only)");
        insecure.setId("profileInsecure");
        insecure.selectedProperty().bindBidirectional(model.insecureProperty());
        insecure.getStyleClass().add("warning");
        Label error = new Label();
        error.setId("profileEditorError");
        error.setWrapText(true);
        error.setMaxWidth(460);
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add("error");
        var isLab = model.kindProperty().isEqualTo("lab");
        lab.disableProperty().bind(isLab.not());
        for (var n : new javafx.scene.Node[] {url, user, password, ask, insecure}) {
            n.disableProperty().bind(isLab);
        }
        password.disableProperty().unbind();
        password.disableProperty().bind(isLab.or(model.askEachTimeProperty()));
        int row = 0;
        form.addRow(row++, new Label("Name"), name);
        form.addRow(row++, new Label("Kind"), kind);
        form.addRow(row++, new Label("Lab"), lab);
        form.addRow(row++, new Label("URL"), url);
        form.addRow(row++, new Label("User"), user);
        form.addRow(row++, new Label("Password"), password);
        form.add(ask, 1, row++);
        form.add(insecure, 1, row++);
        form.add(error, 0, row, 2, 1);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("profileSave");
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            if (!model.save()) {
                e.consume();
            }
        });
        return dialog;
    }

    static void show(Window owner, ProfileEditorModel model) {
        create(owner, model).show();
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(28);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
