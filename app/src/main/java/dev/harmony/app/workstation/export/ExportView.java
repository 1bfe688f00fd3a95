package dev.harmony.app.workstation.export;

import static dev.harmony.app.workstation.Controls.heading;

import dev.harmony.app.cli.ReportFormat;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebView;

/** The report tab: export the plan as PDF, HTML, CSV or JSON, and preview the HTML report in a WebView. */
public final class ExportView extends BorderPane {

    public ExportView(ExportViewModel model) {
        setId("exportView");
        setPadding(new Insets(10));
        HBox buttons = new HBox(8, heading("Export the plan report"));
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (ReportFormat format : ReportFormat.values()) {
            Button b = new Button(format.code().toUpperCase(Locale.ROOT) + " …");
            b.setId("export" + format.name());
            b.disableProperty().bind(model.busyProperty());
            b.setOnAction(e -> model.export(format));
            buttons.getChildren().add(b);
        }
        Button preview = new Button("Preview");
        preview.setId("exportPreview");
        preview.disableProperty().bind(model.busyProperty());
        preview.setOnAction(e -> model.preview());
        ProgressBar busy = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        busy.visibleProperty().bind(model.busyProperty());
        buttons.getChildren().addAll(preview, busy);
        Label status = new Label();
        status.setId("exportStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        setTop(new VBox(6, buttons, status));
        WebView web = new WebView();
        web.setId("reportPreview");
        web.getEngine().loadContent("<html><body style='font-family:sans-serif;color:#555'><p>Press Preview to see the report of the plan"
                + " under review.</p></body></html>");
        model.previewHtmlProperty().addListener((obs, old, html) -> web.getEngine().loadContent(html));
        BorderPane.setMargin(web, new Insets(8, 0, 0, 0));
        setCenter(web);
    }
}
