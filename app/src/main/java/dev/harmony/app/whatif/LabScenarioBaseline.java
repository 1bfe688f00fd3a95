package dev.harmony.app.whatif;

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
import dev.harmony.engine.whatif.ScenarioException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a scenario's baseline from a lab: the lab's inventory, rules and placement as the replay has them
 * at the scenario's start, and every VM's whole recorded trace (history for forecasts, future for replays).
 * Used by {@code harmony simulate} and the workstation alike.
 */
public final class LabScenarioBaseline {
    private LabScenarioBaseline() {
    }

    /**
     * @throws ScenarioException naming {@code baseline.lab} for an unknown lab, {@code baseline.start} for a start
     *                           outside the lab's trace
     */
    public static Baseline load(LabCatalog labs, Scenario scenario) {
        String name = scenario.baseline().lab();
        LabDataset dataset;
        try {
            dataset = labs.dataset(name);
        } catch (UnknownLabException e) {
            throw new ScenarioException("", "baseline.lab", e.getMessage());
        }
        Instant start = scenario.baseline().start().orElse(null);
        if (start != null && (start.isBefore(dataset.start()) || !start.isBefore(dataset.end()))) {
            throw new ScenarioException("", "baseline.start", start + " lies outside the lab's trace " + dataset.start()
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
