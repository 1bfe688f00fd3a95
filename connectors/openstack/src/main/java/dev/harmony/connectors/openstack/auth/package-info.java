/** Keystone v3: password and application-credential logins, token renewal, the service catalog, secrets encrypted at rest. */
package dev.harmony.connectors.openstack.auth;
