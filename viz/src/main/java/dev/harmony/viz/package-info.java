/** Reusable JavaFX views of Harmony's engine records, each bound to a view model that is tested without a window. */
package dev.harmony.viz;
