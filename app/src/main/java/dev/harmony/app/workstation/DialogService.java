package dev.harmony.app.workstation;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What view models ask of the person at the window: read an error, pick a file. The window answers with
 * dialogs ({@link FxDialogService}); tests answer with a recording implementation.
 */
public interface DialogService {

    /** Shows a problem the planner can act on: what went wrong, and what to do about it. No stack traces. */
    void showError(UserMessage message);

    /**
     * Asks where to save a file.
     *
     * @param suggested  the file name offered
     * @param extensions the extensions the file may have, e.g. {@code pdf}
     * @return the chosen file, or empty when the planner cancels
     */
    Optional<Path> chooseSaveFile(String title, Path suggested, List<String> extensions);
}
