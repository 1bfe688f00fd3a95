/** The headless {@code harmony} command and its sub-commands (picocli). */
package dev.harmony.app.cli;
