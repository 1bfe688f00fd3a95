/**
 * Which server certificates the connector accepts: trust on first use with a remembered SHA-256
 * fingerprint, or, for labs only and only when asked, any certificate.
 */
package dev.harmony.connectors.vcenter.trust;
