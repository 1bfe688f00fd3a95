package dev.harmony.app.workstation;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Answers view models with real dialogs owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(UserMessage message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Harmony");
        alert.setHeaderText(message.title());
        Label what = new Label(message.message());
        what.setWrapText(true);
        Label todo = new Label("What to do: " + message.whatToDo());
        todo.setWrapText(true);
        VBox content = new VBox(10, what, todo);
        content.setPrefWidth(480);
        content.setId("errorDialogContent");
        alert.getDialogPane().setContent(content);
        alert.show();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path suggested, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (suggested.getParent() != null && suggested.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(suggested.getParent().toFile());
        }
        chooser.setInitialFileName(suggested.getFileName().toString());
        for (String ext : extensions) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(java.util.Locale.ROOT), "*." + ext));
        }
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
