package dev.harmony.app.cli;

import dev.harmony.app.report.PdfReportRenderer;
import dev.harmony.engine.report.CsvMovesRenderer;
import dev.harmony.engine.report.HtmlReportRenderer;
import dev.harmony.engine.report.JsonReportRenderer;
import dev.harmony.engine.report.ReportRenderer;
import java.util.Locale;

/** The formats {@code harmony report --format} writes. */
public enum ReportFormat {
    PDF,
    HTML,
    CSV,
    JSON;

    public ReportRenderer renderer() {
        return switch (this) {
            case PDF -> new PdfReportRenderer();
            case HTML -> new HtmlReportRenderer();
            case CSV -> new CsvMovesRenderer();
            case JSON -> new JsonReportRenderer();
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
