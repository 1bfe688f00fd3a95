/** Where the user name and password come from: asked for each time, or an encrypted file unlocked by a passphrase. */
package dev.harmony.connectors.vcenter.credentials;
