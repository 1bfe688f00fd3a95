/** The replay clock: maps wall time to trace time at a chosen speed, with pause, resume and seek. */
package dev.harmony.connectors.lab.replay;
