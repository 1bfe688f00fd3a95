package dev.harmony.app.workstation;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Dialogs for a view model without a window: errors go to the log, no file is ever chosen. */
enum StatusDialogs implements DialogService {
    INSTANCE;

    private static final Logger LOG = LoggerFactory.getLogger(StatusDialogs.class);

    @Override
    public void showError(UserMessage message) {
        LOG.warn("{}: {} ({})", message.title(), message.message(), message.whatToDo());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path suggested, List<String> extensions) {
        return Optional.empty();
    }
}
