package dev.harmony.connectors.openstack.auth;

import java.net.URI;

/**
 * Where the connector gets the password or application-credential secret when it first logs in:
 * a login dialog (asked each time, nothing written) or an {@link EncryptedSecretFile}. The connector
 * keeps its copy in memory while it is open and wipes it on close.
 */
@FunctionalInterface
public interface SecretSource {

    /**
     * @param authUrl   Keystone's URL
     * @param principal who logs in, as {@link AuthMethod#principal()} says
     * @return the secret; the caller wipes it
     * @throws dev.harmony.engine.connector.ConnectorException when none can be had
     */
    char[] secretFor(URI authUrl, String principal);
}
