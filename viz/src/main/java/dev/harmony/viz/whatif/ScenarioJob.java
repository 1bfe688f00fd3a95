package dev.harmony.viz.whatif;

import dev.harmony.engine.whatif.Scenario;
import dev.harmony.engine.whatif.ScenarioException;
import dev.harmony.engine.whatif.ScenarioOutcome;
import dev.harmony.viz.whatif.WhatIfViewModel.Slot;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;

/**
 * One background run of one or two scenarios in a row, each given its share of the progress; how it ends
 * is handed to the UI thread.
 */
final class ScenarioJob implements Runnable {
    /** How a job ended, called on the UI thread. */
    interface Ending {
        /**
         * @param outcomes the scenarios that ran, all of them when {@code problem} is null
         * @param at       the scenario that was running when it stopped
         * @param problem  null when done; a {@link CancellationException} when cancelled, a {@link ScenarioException}
         *                 when the engine refused the scenario, anything else when it broke
         */
        void ended(Map<Slot, ScenarioOutcome> outcomes, Slot at, RuntimeException problem);
    }

    private final RunControl control;
    private final ScenarioService service;
    private final Map<Slot, Scenario> scenarios;
    private final Executor ui;
    private final Ending ending;

    ScenarioJob(RunControl control, ScenarioService service, Map<Slot, Scenario> scenarios, Executor ui, Ending ending) {
        this.control = control;
        this.service = service;
        this.scenarios = new EnumMap<>(scenarios);
        this.ui = ui;
        this.ending = ending;
    }

    @Override
    public void run() {
        Map<Slot, ScenarioOutcome> outcomes = new EnumMap<>(Slot.class);
        List<Slot> slots = new ArrayList<>(scenarios.keySet());
        Slot at = slots.get(0);
        try {
            for (int i = 0; i < slots.size(); i++) {
                at = slots.get(i);
                control.checkCancelled();
                RunControl part = control.part((double) i / slots.size(), (i + 1.0) / slots.size());
                outcomes.put(at, service.run(scenarios.get(at), part));
            }
            ui.execute(() -> ending.ended(outcomes, slots.get(slots.size() - 1), null));
        } catch (RuntimeException e) {
            Slot stoppedAt = at;
            ui.execute(() -> ending.ended(outcomes, stoppedAt, e));
        }
    }
}
