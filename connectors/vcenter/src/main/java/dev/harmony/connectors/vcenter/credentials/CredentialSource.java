package dev.harmony.connectors.vcenter.credentials;

import java.net.URI;

/**
 * Where the connector gets the credentials for a vCenter when it connects. The workstation's
 * login dialog is one source (asked each time, nothing written); {@link EncryptedCredentialFile}
 * is the other. Credentials are kept in memory only while the connector is open.
 */
@FunctionalInterface
public interface CredentialSource {

    /**
     * @param vcenter the vCenter's SDK URL, without user information
     * @throws dev.harmony.engine.connector.ConnectorException when none can be had (dialog cancelled, wrong passphrase)
     */
    Credentials credentialsFor(URI vcenter);
}
