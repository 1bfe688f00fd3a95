package dev.harmony.connectors.lab.catalog;

import dev.harmony.connectors.lab.dataset.ClasspathSource;
import dev.harmony.connectors.lab.dataset.TraceSource;
import dev.harmony.connectors.lab.trace.TraceFormat;

/** The labs whose data ships inside the connector's jar, with the credit each trace asks for. */
enum BundledLab {
    BITBRAINS_RND("bitbrains-rnd", TraceFormat.BITBRAINS,
            "Bitbrains GWA-T-12 Rnd, month 2013-7: 120 business-critical VMs, 11 metrics every 5 min",
            "GWA-T-12 Bitbrains, Grid Workloads Archive, TU Delft (http://gwa.ewi.tudelft.nl/datasets/gwa-t-12-bitbrains)."
                    + " Cite: S. Shen, V. van Beek, A. Iosup, Statistical Characterization of Business-Critical"
                    + " Workloads Hosted in Cloud Datacenters, CCGrid 2015. Files from GitHub"
                    + " JessieRayeBauer/Time-Series-Forecasting- (BSD-2-Clause, see LICENSE.upstream-repo.txt)."),
    PLANETLAB_20110303("planetlab-20110303", TraceFormat.PLANETLAB,
            "PlanetLab/CoMon CPU utilisation, 2011-03-03: 1052 VMs every 5 min (VM sizes synthetic)",
            "PlanetLab traces from the CoMon project (http://comon.cs.princeton.edu/), as shipped with CloudSim"
                    + " (Cloudslab/cloudsim, Apache-2.0, see LICENSE.upstream.txt). Cite: A. Beloglazov, R. Buyya,"
                    + " Optimal Online Deterministic Algorithms and Adaptive Heuristics for Energy and Performance"
                    + " Efficient Dynamic Consolidation of Virtual Machines in Cloud Data Centers, CCPE 24(13):1397-1420, 2012.");

    /** Where the bundled files lie on the class path. */
    static final String DATA = "dev/harmony/connectors/lab/data/";

    private final String labName;
    private final TraceFormat format;
    private final String description;
    private final String attribution;

    BundledLab(String labName, TraceFormat format, String description, String attribution) {
        this.labName = labName;
        this.format = format;
        this.description = description;
        this.attribution = attribution;
    }

    String labName() {
        return labName;
    }

    TraceFormat format() {
        return format;
    }

    String description() {
        return description;
    }

    String attribution() {
        return attribution;
    }

    /** Bitbrains files are listed by an index; the PlanetLab day travels as one zip of 1052 files. */
    TraceSource source() {
        ClassLoader loader = BundledLab.class.getClassLoader();
        return switch (this) {
            case BITBRAINS_RND -> new ClasspathSource(loader, DATA + labName, "index.txt");
            case PLANETLAB_20110303 -> ClasspathSource.zip(loader, DATA + labName + "/20110303.zip");
        };
    }
}
