package dev.harmony.app.cli;

import dev.harmony.connectors.lab.catalog.LabCatalog;
import dev.harmony.connectors.lab.catalog.UnknownLabException;
import dev.harmony.connectors.lab.connector.LabConnector;
import dev.harmony.connectors.lab.connector.LabOptions;
import dev.harmony.connectors.lab.dataset.LabDataset;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import dev.harmony.engine.model.Vm;
import dev.harmony.engine.whatif.Baseline;
import dev.harmony.engine.whatif.Scenario;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a scenario's baseline from a lab: the lab's inventory, rules and placement as the replay has them
 * at the scenario's start, and every VM's whole recorded trace (history for forecasts, future for replays).
 */
final class ScenarioBaselineLoader {
    private final AppContext context;

    ScenarioBaselineLoader(AppContext context) {
        this.context = context;
    }

    /**
     * @param file the scenario file, named in errors
     * @throws UserError for an unknown lab or a start outside the lab's trace
     */
    Baseline load(Scenario scenario, String file) {
        String name = scenario.baseline().lab();
        LabCatalog labs;
        LabDataset dataset;
        try {
            labs = context.labsFor(name);
            dataset = labs.dataset(name);
        } catch (UnknownLabException e) {
            throw new UserError(file + ": baseline.lab: " + e.getMessage());
        }
        Instant start = scenario.baseline().start().orElse(null);
        if (start != null && (start.isBefore(dataset.start()) || !start.isBefore(dataset.end()))) {
            throw new UserError(file + ": baseline.start: " + start + " lies outside the lab's trace " + dataset.start()
                    + " .. " + dataset.end());
        }
        LabOptions options = LabOptions.defaults().withStartAt(start);
        try (LabConnector lab = labs.open(name, options)) {
            lab.replayClock().pause();
            InventorySnapshot inventory = lab.inventory();
            List<VmDemand> demand = new ArrayList<>();
            for (Vm vm : inventory.vms()) {
                List<TimeSeries> series = new ArrayList<>();
                for (Metric m : dataset.metrics()) {
                    dataset.series(vm.id(), m).ifPresent(series::add);
                }
                if (!series.isEmpty()) {
                    demand.add(VmDemand.from(vm, series));
                }
            }
            Instant now = start != null ? start : dataset.timeAt(dataset.indexOf(lab.now()));
            return new Baseline(lab.name(), now, inventory.hosts(), inventory.vms(), inventory.placement(), lab.constraints(),
                    demand);
        }
    }
}
