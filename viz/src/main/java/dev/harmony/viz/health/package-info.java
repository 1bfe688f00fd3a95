/** The health dashboard: the pool's index, each host's, the index over time, and the components and culprits behind it. */
package dev.harmony.viz.health;
