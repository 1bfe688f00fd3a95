package dev.harmony.app.cli;

import dev.harmony.engine.report.PlanReport;
import dev.harmony.engine.report.ReportRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a report all or nothing: rendered into a temporary file beside the target, then moved over it,
 * so a failure (disk full, a renderer error) never leaves a half-written report under the asked name.
 */
public final class ReportOutputFile {
    private ReportOutputFile() {
    }

    /** @return the size written, in bytes */
    public static long write(Path target, ReportRenderer renderer, PlanReport report) {
        Path out = target.toAbsolutePath().normalize();
        Path dir = out.getParent();
        if (Files.isDirectory(out)) {
            throw new UserError("cannot write the report to " + target + ": it is a folder");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UserError("cannot write the report to " + target + ": folder " + dir + " does not exist");
        }
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + out.getFileName(), ".part");
        } catch (IOException | SecurityException e) {
            throw new UserError("cannot write the report to " + target + ": folder " + dir + " is not writable (" + e.getMessage() + ")");
        }
        try {
            try (OutputStream stream = Files.newOutputStream(temp)) {
                renderer.render(report, stream);
            }
            long size = Files.size(temp);
            try {
                Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
            }
            return size;
        } catch (IOException e) {
            throw new UserError("cannot write the report to " + target + ": " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The temporary file is hidden and named .part; a leftover harms nothing.
            }
        }
    }
}
