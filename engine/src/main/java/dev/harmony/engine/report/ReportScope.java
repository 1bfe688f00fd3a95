package dev.harmony.engine.report;

import java.time.Instant;
import java.util.List;

/**
 * What a plan covers and which recorded demand its prediction replays.
 *
 * @param hosts        hosts in the source's inventory
 * @param vms          VMs in the source's inventory
 * @param hostsTouched hosts a move leaves or enters, sorted
 * @param dataFrom     start of the replayed demand; null when none was replayed
 * @param dataTo       its end; null when none was replayed
 */
public record ReportScope(int hosts, int vms, List<String> hostsTouched, Instant dataFrom, Instant dataTo) {
    public ReportScope {
        hostsTouched = List.copyOf(hostsTouched);
    }
}
