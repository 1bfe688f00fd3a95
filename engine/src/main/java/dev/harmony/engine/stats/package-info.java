/** Small numeric kernels shared by the feature packages (affinity, forecast), with no dependency of their own. */
package dev.harmony.engine.stats;
