/**
 * Demand forecasts per VM and resource over a horizon of hours to days, with a median (P50) and a
 * 95th percentile (P95), and their evaluation against the seasonal-naive forecast on held-out data.
 */
package dev.harmony.engine.forecast;
