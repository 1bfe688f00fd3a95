package dev.harmony.app.workstation.connect;

import dev.harmony.connectors.vcenter.trust.ServerCertificate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Connect panel's questions as JavaFX dialogs. Connecting runs off the FX thread, so each question is
 * shown on the FX thread while the connecting thread waits for the answer.
 */
public final class FxConnectDialogs implements ConnectDialogs {
    private final Supplier<Window> owner;

    public FxConnectDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public char[] secret(String title, String message) {
        return onFx(() -> {
            Dialog<ButtonType> dialog = dialog(title);
            PasswordField field = new PasswordField();
            field.setId("secretField");
            dialog.getDialogPane().setContent(new VBox(8, new Label(message), field));
            dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            Platform.runLater(field::requestFocus);
            Optional<ButtonType> answer = dialog.showAndWait();
            char[] typed = answer.orElse(ButtonType.CANCEL) == ButtonType.OK ? field.getText().toCharArray() : null;
            field.clear();
            return typed;
        });
    }

    @Override
    public boolean trustCertificate(String profile, ServerCertificate presented) {
        return onFx(() -> {
            ButtonType trust = new ButtonType("Trust and remember", ButtonBar.ButtonData.OK_DONE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", trust, ButtonType.CANCEL);
            alert.setTitle("First connection to " + presented.endpoint());
            alert.setHeaderText("Profile " + profile + ": is this the server's certificate?");
            Label text = new Label("SHA-256 fingerprint:\n" + presented.sha256() + "\n\nSubject: " + presented.subject()
                    + "\nIssuer: " + presented.issuer() + "\nValid " + presented.notBefore() + " to " + presented.notAfter()
                    + "\n\nCompare the fingerprint with the one your vCenter administrator gives you. Once trusted it is"
                    + " remembered, and a different certificate later is refused.");
            text.setId("certificateText");
            text.setWrapText(true);
            alert.getDialogPane().setContent(text);
            if (owner.get() != null) {
                alert.initOwner(owner.get());
            }
            return alert.showAndWait().orElse(ButtonType.CANCEL) == trust;
        });
    }

    @Override
    public void warn(String message) {
        Platform.runLater(() -> {
            Alert alert = new Alert(Alert.AlertType.WARNING, message, ButtonType.OK);
            alert.setTitle("Certificate not checked");
            if (owner.get() != null) {
                alert.initOwner(owner.get());
            }
            alert.show();
        });
    }

    private Dialog<ButtonType> dialog(String title) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        if (owner.get() != null) {
            dialog.initOwner(owner.get());
        }
        return dialog;
    }

    private static <T> T onFx(Supplier<T> question) {
        if (Platform.isFxApplicationThread()) {
            return question.get();
        }
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(question.get());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an answer", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the dialog failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
