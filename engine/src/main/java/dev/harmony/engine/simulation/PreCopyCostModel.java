package dev.harmony.engine.simulation;

import java.time.Duration;
import java.util.Objects;

/**
 * Iterative pre-copy: round 0 sends all memory M at the effective rate B; each later round sends what the
 * VM dirtied during the one before, {@code min(M, D·t)}; once that fits {@code maxStunSeconds} of link time,
 * or after {@code maxRounds} when it never does (a VM dirtying faster than the link), the VM is paused and
 * the rest sent. Each round's data grows with M and D and more rounds are needed, so duration and data
 * sent grow with both; the stun itself need not, since one more round can leave less to send.
 */
public final class PreCopyCostModel implements MigrationCostModel {
    private static final double MIB_PER_MBIT = 1e6 / 8 / (1024 * 1024);
    private final MigrationOptions options;

    public PreCopyCostModel(MigrationOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public MigrationCost cost(long memoryMib, double dirtyMibPerSecond, double linkMbps) {
        if (memoryMib < 1 || !(dirtyMibPerSecond >= 0) || !(linkMbps > 0) || Double.isInfinite(linkMbps)) {
            throw new IllegalArgumentException("need memory ≥ 1 MiB, dirty rate ≥ 0 and a positive link: "
                    + memoryMib + ", " + dirtyMibPerSecond + ", " + linkMbps);
        }
        double rate = linkMbps * options.linkEfficiency() * MIB_PER_MBIT;
        double stopBelow = rate * options.maxStunSeconds();
        double toSend = memoryMib;
        double copySeconds = 0;
        double sent = 0;
        int rounds = 0;
        boolean converged = false;
        while (rounds < options.maxRounds()) {
            double seconds = toSend / rate;
            copySeconds += seconds;
            sent += toSend;
            rounds++;
            toSend = Math.min(memoryMib, dirtyMibPerSecond * seconds);
            if (toSend <= stopBelow) {
                converged = true;
                break;
            }
        }
        double stunSeconds = toSend / rate + options.switchoverSeconds();
        double gbps = rate / MIB_PER_MBIT / 1000;
        return new MigrationCost(seconds(copySeconds + stunSeconds), seconds(stunSeconds), rounds, sent + toSend, converged,
                options.sourceMhzPerGbps() * gbps, options.targetMhzPerGbps() * gbps, rate);
    }

    private static Duration seconds(double s) {
        return Duration.ofNanos(Math.round(s * 1e9));
    }
}
