/**
 * Migration plans as the planner produces them and a person approves them: the plan and move records,
 * their versioned JSON form, and the plan's life from proposed to executed, kept in the Harmony store.
 */
package dev.harmony.engine.plan;
