package dev.harmony.connectors.vcenter.session;

import com.vmware.vim25.ServiceContent;
import com.vmware.vim25.VimPortType;
import java.rmi.RemoteException;

/**
 * One piece of work against vCenter's SOAP API, given the current connection. It works with
 * managed-object references only, which stay valid across reconnects, never with objects bound
 * to one connection.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface VimCall<T> {
    T call(VimPortType vim, ServiceContent content) throws RemoteException;
}
