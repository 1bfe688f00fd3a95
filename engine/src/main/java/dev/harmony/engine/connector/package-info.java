/**
 * The connector SPI: how the engine reads an outside system (vCenter, OpenStack, the demo lab)
 * and asks it to move a VM. Every connector module implements {@link dev.harmony.engine.connector.Connector}.
 */
package dev.harmony.engine.connector;
