package dev.harmony.app.workstation.export;

import dev.harmony.app.cli.ReportFormat;
import dev.harmony.app.workstation.DialogService;
import dev.harmony.app.workstation.TaskRunner;
import dev.harmony.app.workstation.UiPreferences;
import dev.harmony.app.workstation.UserMessage;
import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.report.PlanReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Exports the plan under review: asks where (the dialog starts in the last folder used), builds the report
 * in the background and writes it whole; {@link #preview} renders the HTML report for the preview pane.
 */
public final class ExportViewModel {
    static final String FOLDER_KEY = "export.folder";
    private final TaskRunner runner;
    private final Supplier<Optional<Connector>> source;
    private final Supplier<MigrationPlan> plan;
    private final PlanReportExport export;
    private final DialogService dialogs;
    private final UiPreferences preferences;
    private final Path defaultFolder;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<Path> lastFile = new ReadOnlyObjectWrapper<>(this, "lastFile");
    private final ReadOnlyStringWrapper previewHtml = new ReadOnlyStringWrapper(this, "previewHtml", "");

    public ExportViewModel(TaskRunner runner, Supplier<Optional<Connector>> source, Supplier<MigrationPlan> plan, PlanReportExport export,
                           DialogService dialogs, UiPreferences preferences, Path defaultFolder) {
        this.runner = runner;
        this.source = source;
        this.plan = plan;
        this.export = export;
        this.dialogs = dialogs;
        this.preferences = preferences;
        this.defaultFolder = defaultFolder;
    }

    /** Asks for a file, then writes the report there in the background. */
    public void export(ReportFormat format) {
        MigrationPlan p = plan.get();
        if (p == null) {
            dialogs.showError(new UserMessage("Nothing to export", "There is no plan yet.", "Press Plan on the Plan tab first."));
            return;
        }
        Path folder = preferences.get(FOLDER_KEY).map(Path::of).orElse(defaultFolder);
        dialogs.chooseSaveFile("Export the plan report as " + format.code().toUpperCase(Locale.ROOT),
                folder.resolve("harmony-" + p.id() + "." + format.code()), List.of(format.code())).ifPresent(file -> exportTo(file, format));
    }

    /** Writes the report of the plan under review to {@code file} in the background. */
    public void exportTo(Path file, ReportFormat format) {
        MigrationPlan p = plan.get();
        Optional<Connector> connector = source.get();
        if (p == null || connector.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        status.set("Writing the " + format.code().toUpperCase(Locale.ROOT) + " report of plan " + p.id() + " …");
        runner.run(() -> export.write(export.report(connector.get(), p), format, file), bytes -> {
            busy.set(false);
            lastFile.set(file);
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                preferences.put(FOLDER_KEY, parent.toString());
            }
            status.set(String.format(Locale.ROOT, "Wrote %s (%,d bytes).", file, bytes));
        }, error -> {
            busy.set(false);
            status.set("Export failed: " + UserMessage.describe(error));
            dialogs.showError(UserMessage.of("Export failed", error, "Choose a folder you can write to and export again."));
        });
    }

    /** Renders the HTML report of the plan under review for the preview, in the background. */
    public void preview() {
        MigrationPlan p = plan.get();
        Optional<Connector> connector = source.get();
        if (p == null || connector.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        status.set("Rendering the preview …");
        runner.run(() -> {
            PlanReport report = export.report(connector.get(), p);
            return export.html(report);
        }, html -> {
            busy.set(false);
            previewHtml.set(html);
            status.set("Preview of plan " + p.id() + " (" + html.length() + " characters of HTML).");
        }, error -> {
            busy.set(false);
            status.set("Preview failed: " + UserMessage.describe(error));
        });
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last file written; null before the first export. */
    public ReadOnlyObjectProperty<Path> lastFileProperty() {
        return lastFile.getReadOnlyProperty();
    }

    /** The last HTML preview; empty before the first. */
    public ReadOnlyStringProperty previewHtmlProperty() {
        return previewHtml.getReadOnlyProperty();
    }
}
