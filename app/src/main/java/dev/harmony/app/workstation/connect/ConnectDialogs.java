package dev.harmony.app.workstation.connect;

import dev.harmony.connectors.vcenter.trust.ServerCertificate;

/**
 * The questions connecting may put to the planner. The window shows dialogs ({@link FxConnectDialogs});
 * tests answer them. May be called from a background thread; implementations wait for the answer.
 */
public interface ConnectDialogs {

    /** Asks for a secret without showing it; null when cancelled. */
    char[] secret(String title, String message);

    /** Shows the certificate's fingerprint and asks whether to trust and remember it. */
    boolean trustCertificate(String profile, ServerCertificate presented);

    /** Shows a warning the planner must see (an insecure profile). */
    void warn(String message);
}
