/**
 * The what-if editor: two scenarios (A and B) edited as forms with inline validation, loaded from and saved to
 * scenario JSON, run in the background through a {@link dev.harmony.viz.whatif.ScenarioService}, and their
 * results shown alone and side by side.
 */
package dev.harmony.viz.whatif;
