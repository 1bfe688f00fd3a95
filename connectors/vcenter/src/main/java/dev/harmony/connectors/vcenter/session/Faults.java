package dev.harmony.connectors.vcenter.session;

import com.vmware.vim25.LocalizedMethodFault;
import com.vmware.vim25.MethodFault;
import com.vmware.vim25.NotAuthenticated;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/** Sorts what went wrong in a vCenter call into "try again after reconnecting" or "report it", and words it. */
public final class Faults {
    private Faults() {
    }

    /** The network connection failed: refused, reset, timed out, or closed mid-answer. */
    public static boolean connectionLost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof SocketException
                    || t instanceof SocketTimeoutException || t instanceof EOFException || t instanceof UnknownHostException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** vCenter no longer knows the session (expired, or the service restarted): log in again. */
    public static boolean sessionGone(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof NotAuthenticated) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** A plain description: the fault's name and vCenter's message where there is one. */
    public static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MethodFault fault) {
                return describe(fault);
            }
            if (t.getCause() == null || t.getCause() == t) {
                return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
            }
        }
        return "unknown failure";
    }

    /** The fault's type, and its message when vCenter sent one. */
    public static String describe(MethodFault fault) {
        String message = fault.getMessage();
        String type = fault.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }

    /** vCenter's own words for a task's failure. */
    public static String describe(LocalizedMethodFault fault) {
        if (fault == null) {
            return "no reason given";
        }
        String text = fault.getLocalizedMessage();
        String type = fault.getFault() == null ? "" : fault.getFault().getClass().getSimpleName();
        return text == null || text.isBlank() ? type : (type.isEmpty() ? text : type + ": " + text);
    }
}
