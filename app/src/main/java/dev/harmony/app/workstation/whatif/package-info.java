/**
 * The What-if tab's glue: connects the {@code viz.whatif} view model to the open demo lab, whose scenarios run
 * through the engine's runner on baselines from {@code app.whatif}.
 */
package dev.harmony.app.workstation.whatif;
