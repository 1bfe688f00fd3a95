/** The plan tab: planning the open source in the background, reviewing and approving a subset of moves, executing the approved batch, and the plan's audit trail. */
package dev.harmony.app.workstation.plan;
