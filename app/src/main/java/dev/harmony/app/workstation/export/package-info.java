/** Exporting the plan under review as a report (PDF, HTML, CSV, JSON) through the engine's renderers, with an HTML preview. */
package dev.harmony.app.workstation.export;
