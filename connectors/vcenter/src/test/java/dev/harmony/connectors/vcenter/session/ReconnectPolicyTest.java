package dev.harmony.connectors.vcenter.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.rmi.RemoteException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The waits between reconnect tries, and which failures count as a lost connection. */
class ReconnectPolicyTest {

    @Test
    void waitsDoubleFromTheFirstDelayUpToTheMaximum() {
        ReconnectPolicy p = new ReconnectPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(5));
        assertThat(p.delayBefore(1)).isZero();
        assertThat(p.delayBefore(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(p.delayBefore(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(p.delayBefore(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(p.delayBefore(5)).isEqualTo(Duration.ofSeconds(5));
        assertThat(p.delayBefore(60)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void nonsensePoliciesAreRefused() {
        assertThatThrownBy(() -> new ReconnectPolicy(0, Duration.ZERO, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReconnectPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusedConnectionDeepInsideIsALostConnection() {
        RemoteException wrapped = new RemoteException("VI SDK invoke exception", new ConnectException("Connection refused"));
        assertThat(Faults.connectionLost(wrapped)).isTrue();
        assertThat(Faults.connectionLost(new RemoteException("InvalidArgument"))).isFalse();
        assertThat(Faults.sessionGone(new com.vmware.vim25.NotAuthenticated())).isTrue();
    }
}
