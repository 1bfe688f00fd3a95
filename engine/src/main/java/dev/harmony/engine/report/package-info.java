/**
 * Reports of migration plans for change boards and operators: the report model built from a plan, the
 * simulator and the execution store, and its HTML, CSV and JSON renderers (charts as inline SVG).
 */
package dev.harmony.engine.report;
