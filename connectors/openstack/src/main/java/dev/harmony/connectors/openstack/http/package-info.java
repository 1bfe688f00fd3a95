/** JSON over the JDK HttpClient, error bodies turned into plain reasons, and the TLS policy. */
package dev.harmony.connectors.openstack.http;
