package dev.harmony.connectors.openstack.lab;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Wall time plus an offset the test moves forward, to bring a real token close to its expiry. */
public final class ShiftableClock extends Clock {
    private volatile Duration offset = Duration.ZERO;

    public void shiftTo(Instant when) {
        offset = Duration.between(Instant.now(), when);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
