package dev.harmony.connectors.lab.catalog;

import java.util.Objects;

/**
 * One line of {@code harmony lab list}; known without loading the trace.
 *
 * @param name        lab name, e.g. {@code bitbrains-rnd}
 * @param format      trace format id, e.g. {@code bitbrains-gwa-t-12}; empty for a folder not loaded yet
 * @param description what the lab holds
 * @param bundled     true when the data ships with Harmony
 * @param origin      the class-path folder or the folder on disk
 */
public record LabSummary(String name, String format, String description, boolean bundled, String origin) {
    public LabSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(origin, "origin");
    }
}
