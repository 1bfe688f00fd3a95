package dev.harmony.connectors.vcenter.credentials;

import java.util.Arrays;

/**
 * A user name and password for one vCenter. The password is a char array so that its holder can
 * wipe it; {@link #toString()} never shows it.
 *
 * @param user     the vCenter user, e.g. {@code harmony@vsphere.local}
 * @param password the password
 */
public record Credentials(String user, char[] password) {
    public Credentials {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("vCenter user must not be blank");
        }
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("vCenter password must not be empty");
        }
        password = password.clone();
    }

    @Override
    public char[] password() {
        return password.clone();
    }

    /** Overwrites the password in memory; the record is useless afterwards. */
    public void wipe() {
        Arrays.fill(password, '\0');
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Credentials c && user.equals(c.user) && Arrays.equals(password, c.password);
    }

    @Override
    public int hashCode() {
        return user.hashCode();
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=***]";
    }
}
