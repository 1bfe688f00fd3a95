package dev.harmony.viz.graph;

/**
 * A VM paired with the selected one.
 *
 * @param vmId      the partner
 * @param name      its name
 * @param hostName  the host it runs on
 * @param score     the pair's affinity in [-1, 1]: negative pairs hurt each other on one host
 * @param coLocated whether the two share a host now
 */
public record Partner(String vmId, String name, String hostName, float score, boolean coLocated) {
}
