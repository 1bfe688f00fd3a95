package dev.harmony.engine.report;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a report in one format. */
public interface ReportRenderer {

    /** Writes the whole report; does not close the stream. */
    void render(PlanReport report, OutputStream out) throws IOException;
}
