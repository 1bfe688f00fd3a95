package dev.harmony.viz.heatmap;

/**
 * An entry of the heat map's host picker.
 *
 * @param hostId the host, or null for the hosts × hosts map
 * @param label  what the picker shows
 */
public record HostChoice(String hostId, String label) {
    @Override
    public String toString() {
        return label;
    }
}
