/**
 * The lab connector: a replayed trace behind the engine's connector SPI, with inventory, rules,
 * metrics up to the replay clock's now, a live sample stream, estimated traffic and simulated migrations.
 */
package dev.harmony.connectors.lab.connector;
