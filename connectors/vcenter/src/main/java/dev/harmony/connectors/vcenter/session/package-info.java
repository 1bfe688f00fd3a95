/** One logged-in vCenter session that reconnects with backoff when the connection or the session drops. */
package dev.harmony.connectors.vcenter.session;
