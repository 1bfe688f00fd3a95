package dev.harmony.connectors.vcenter.session;

import com.vmware.vim25.ServiceContent;
import com.vmware.vim25.VimPortType;
import com.vmware.vim25.mo.ServiceInstance;
import com.vmware.vim25.ws.CustomSSLTrustContextCreator;
import java.net.MalformedURLException;
import java.net.URL;
import java.rmi.RemoteException;
import java.time.Duration;
import javax.net.ssl.TrustManager;

/**
 * Logs in with yavijava under a given trust manager.
 *
 * <p>yavijava keeps the first trust manager it is given in a static field and hands it to every
 * later connection, so a second vCenter, or a changed pin, would silently be checked against the
 * first one. Each login therefore resets that field and builds its connection under one JVM-wide
 * lock. The trust-everything constructors of yavijava are never used: they also switch off host
 * name checks for every HTTPS connection in the JVM.
 */
final class Login {
    private static final Object YAVIJAVA_TLS = new Object();

    private Login() {
    }

    /** A logged-in connection: the SOAP port, the service content, and the instance to log out with. */
    record Live(ServiceInstance instance, VimPortType vim, ServiceContent content) {
    }

    static Live open(URL sdk, String user, char[] password, TrustManager trust, Duration connectTimeout,
            Duration readTimeout) throws RemoteException {
        ServiceInstance instance;
        try {
            synchronized (YAVIJAVA_TLS) {
                CustomSSLTrustContextCreator.setContextAlreadyCreated(false);
                instance = new ServiceInstance(sdk, user, new String(password), trust, ServiceInstance.VIM25_NAMESPACE,
                        Math.toIntExact(connectTimeout.toMillis()), Math.toIntExact(readTimeout.toMillis()));
            }
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a vCenter SDK URL: " + sdk, e);
        }
        VimPortType vim = instance.getServerConnection().getVimService();
        return new Live(instance, vim, instance.getServiceContent());
    }
}
