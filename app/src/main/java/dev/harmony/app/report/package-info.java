/**
 * The PDF form of plan reports, drawn with PDFBox vector graphics so it renders without a display; the
 * report model and the other formats live in {@code dev.harmony.engine.report}.
 */
package dev.harmony.app.report;
