/**
 * Readers for the real traces the lab replays (Bitbrains GWA-T-12, PlanetLab/CoMon), each with the
 * documented repair policy of {@code connectors/lab/README.md}: problems are repaired or dropped and
 * always counted in a {@link dev.harmony.connectors.lab.trace.ParseReport}, never silently.
 */
package dev.harmony.connectors.lab.trace;
