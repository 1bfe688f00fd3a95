package dev.harmony.connectors.lab;

import dev.harmony.connectors.lab.catalog.LabCatalog;
import dev.harmony.connectors.lab.dataset.LabDataset;

/** The bundled labs, loaded once per test run because parsing the month takes a few seconds. */
public final class BundledData {
    private static final LabCatalog CATALOG = new LabCatalog();

    private BundledData() {
    }

    public static LabCatalog catalog() {
        return CATALOG;
    }

    public static LabDataset bitbrains() {
        return CATALOG.dataset("bitbrains-rnd");
    }

    public static LabDataset planetlab() {
        return CATALOG.dataset("planetlab-20110303");
    }
}
