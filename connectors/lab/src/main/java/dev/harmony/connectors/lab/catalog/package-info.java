/**
 * The named labs: the two bundled with Harmony and any folder registered at run time; their
 * descriptions for {@code harmony lab list/info}, opening one as a connector, and importing a trace
 * into the store.
 */
package dev.harmony.connectors.lab.catalog;
