package dev.harmony.app.profile;

import dev.harmony.engine.connector.Connector;
import java.util.Set;

/**
 * One kind of source a profile can name. A new connector joins the profiles with one class of this
 * interface, listed in {@link ProfileKinds}; the file format, the secrets, the commands and the Connect
 * panel need no change.
 */
public interface ProfileKind {

    /** The word in the profile file's {@code kind} field, e.g. {@code vcenter}. */
    String id();

    /** What the kind is called in messages, e.g. {@code vCenter}. */
    String title();

    /** Fields besides {@code name} and {@code kind} a profile of this kind must have. */
    Set<String> required();

    /** Every field besides {@code name} and {@code kind} a profile of this kind may have. */
    Set<String> allowed();

    /** Whether this build can open profiles of the kind; a declared but absent connector says false. */
    default boolean available() {
        return true;
    }

    /**
     * Connects, logging in and checking the certificate now, so a wrong password or an untrusted certificate
     * shows at once. May take seconds; never called on the FX thread.
     *
     * @throws dev.harmony.engine.connector.ConnectorException when the source cannot be reached or refuses
     * @throws ProfileException when the profile cannot be used (no secret, kind not in this build)
     */
    Connector open(ConnectionProfile profile, ProfileLogin login);
}
