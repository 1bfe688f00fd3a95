package dev.harmony.app.workstation;

import dev.harmony.viz.whatif.ChangeForm;
import dev.harmony.viz.whatif.ChangeKind;
import dev.harmony.viz.whatif.WhatIfViewModel;
import dev.harmony.viz.whatif.WhatIfViewModel.Slot;
import javafx.scene.control.TabPane;

/**
 * The what-if screenshot's set-up: A puts host-03 into maintenance for a day and grows demand by 20 %, B is
 * the pool as it is, both over two days; the picture shows A's form and A beside B.
 */
final class WhatIfShot {
    private WhatIfShot() {
    }

    /** Fills A and B and runs both; call on the FX thread once the lab is open. */
    static Void runScenarios(WhatIfViewModel whatIf) {
        for (Slot slot : Slot.values()) {
            whatIf.editor(slot).field("horizon_days").setText("2");
        }
        whatIf.editor(Slot.A).field("name").setText("maintenance-and-growth");
        whatIf.editor(Slot.A).field("description").setText("host-03 in maintenance for a day while demand grows 20 %");
        whatIf.editor(Slot.B).field("name").setText("as-is");
        ChangeForm maintenance = whatIf.addChange(ChangeKind.MAINTENANCE);
        maintenance.field("hosts").setText("host-03");
        maintenance.field("from").setText("2013-07-08 06:00");
        maintenance.field("until").setText("2013-07-09 06:00");
        whatIf.addChange(ChangeKind.SCALE_DEMAND).field("percent").setText("20");
        whatIf.editor(Slot.A).selectedProperty().set(maintenance);
        whatIf.runBoth();
        return null;
    }

    /** Scenario A's form on the left, A vs B on the right. */
    static void showComparison(WorkstationView view, WhatIfViewModel whatIf) {
        show(view, whatIf, 1);
    }

    /** Scenario A's form on the left, its own result on the right. */
    static void showResult(WorkstationView view, WhatIfViewModel whatIf) {
        show(view, whatIf, 0);
    }

    private static void show(WorkstationView view, WhatIfViewModel whatIf, int tab) {
        whatIf.editingProperty().set(Slot.A);
        if (view.lookup("#whatIfResults") instanceof TabPane results) {
            results.getSelectionModel().select(tab);
        }
    }
}
