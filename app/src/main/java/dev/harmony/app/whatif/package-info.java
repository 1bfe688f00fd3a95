/**
 * What-if scenarios in the application: the baseline a scenario starts from, built from a lab, shared by
 * {@code harmony simulate} and the workstation's What-if tab.
 */
package dev.harmony.app.whatif;
