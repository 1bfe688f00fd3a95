/**
 * The what-if panel's glue: scenario baselines built from the open demo lab, and the service the
 * {@code viz.whatif} view model runs scenarios through.
 */
package dev.harmony.app.workstation.whatif;
