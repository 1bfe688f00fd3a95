package dev.harmony.connectors.lab.trace;

/** The trace formats the lab reads; {@link #id()} is the name stored with an imported dataset. */
public enum TraceFormat {
    /** Bitbrains GWA-T-12: one VM per {@code .csv} or {@code .csv.gz} file, 11 columns separated by ";\t". */
    BITBRAINS("bitbrains-gwa-t-12"),
    /** PlanetLab/CoMon as shipped with CloudSim: one VM per file per day, 288 integer CPU % lines. */
    PLANETLAB("planetlab");

    private final String id;

    TraceFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
