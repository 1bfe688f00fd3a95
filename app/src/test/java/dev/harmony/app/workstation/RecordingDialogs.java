package dev.harmony.app.workstation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers view models in tests: records the errors shown, and picks the file the test chose in advance. */
public final class RecordingDialogs implements DialogService {
    private final List<UserMessage> errors = new ArrayList<>();
    private Path nextFile;

    @Override
    public synchronized void showError(UserMessage message) {
        errors.add(message);
    }

    @Override
    public synchronized Optional<Path> chooseSaveFile(String title, Path suggested, List<String> extensions) {
        Optional<Path> chosen = Optional.ofNullable(nextFile);
        nextFile = null;
        return chosen;
    }

    /** The file the next save dialog answers with. */
    public synchronized void answerNextSave(Path file) {
        nextFile = file;
    }

    public synchronized List<UserMessage> errors() {
        return List.copyOf(errors);
    }
}
