/** The Harmony application: the launcher that opens the workstation window or runs a headless sub-command. */
package dev.harmony.app;
