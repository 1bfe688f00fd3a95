package dev.harmony.app.workstation.whatif;

import dev.harmony.app.workstation.LabWorkspaceSource;
import dev.harmony.app.workstation.WorkspaceSource;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.viz.whatif.WhatIfViewModel;

/** Connects the what-if panel to the source the window opened: a demo lab can be simulated, other sources not yet. */
public final class WhatIfSources {
    private WhatIfSources() {
    }

    /** Called on the FX thread once {@code source} has opened with this inventory. */
    public static void attach(WhatIfViewModel whatIf, WorkspaceSource source, InventorySnapshot inventory) {
        if (source instanceof LabWorkspaceSource lab) {
            int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors() - 1));
            whatIf.attach(lab.labName(), inventory, new LabScenarioService(lab.catalog(), threads));
        } else {
            whatIf.detach("What-if runs need recorded demand to forecast from; " + source.title()
                    + " has none in Harmony yet. Open a demo lab (or import one with harmony lab import) to run scenarios.");
        }
    }
}
