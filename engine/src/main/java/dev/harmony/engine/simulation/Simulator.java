package dev.harmony.engine.simulation;

/** Runs a placement, its demand and timed migrations forward over a horizon. */
public interface Simulator {
    SimulationResult run(SimulationInput input);
}
