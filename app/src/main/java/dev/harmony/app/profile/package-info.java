/**
 * Connection profiles: named ways to reach a demo lab, a vCenter or (later) an OpenStack, read from
 * {@code profiles.json} in the data folder, with their secrets kept encrypted or asked for each time.
 */
package dev.harmony.app.profile;
