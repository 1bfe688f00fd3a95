package dev.harmony.connectors.lab.catalog;

import java.util.List;

/** Asked for a lab the catalog does not know; the message lists the ones it knows. */
public class UnknownLabException extends IllegalArgumentException {
    private final List<String> known;

    public UnknownLabException(String name, List<String> known) {
        super("unknown lab '" + name + "'; known labs: " + String.join(", ", known));
        this.known = List.copyOf(known);
    }

    public List<String> known() {
        return known;
    }
}
