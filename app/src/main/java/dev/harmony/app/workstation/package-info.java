/** The workstation window: its main view, its view model, and the background work that feeds it. */
package dev.harmony.app.workstation;
