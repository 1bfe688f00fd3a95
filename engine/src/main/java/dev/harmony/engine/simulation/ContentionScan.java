package dev.harmony.engine.simulation;

import dev.harmony.engine.affinity.Resource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds the runs of intervals in which a host's expected utilisation stayed above the contention level. */
final class ContentionScan {
    private ContentionScan() {
    }

    static List<ContentionEvent> scan(List<HostTimeline> hosts, double level) {
        List<ContentionEvent> events = new ArrayList<>();
        for (HostTimeline h : hosts) {
            for (Resource r : Resource.values()) {
                int runStart = -1;
                double peak = 0;
                for (int t = 0; t <= h.intervals(); t++) {
                    double u = t < h.intervals() ? h.utilisation(r, t) : 0;
                    if (u > level) {
                        runStart = runStart < 0 ? t : runStart;
                        peak = Math.max(peak, u);
                    } else if (runStart >= 0) {
                        events.add(new ContentionEvent(h.hostId(), r, at(h, runStart), at(h, t), peak));
                        runStart = -1;
                        peak = 0;
                    }
                }
            }
        }
        events.sort(Comparator.comparing(ContentionEvent::start).thenComparing(ContentionEvent::hostId));
        return events;
    }

    private static Instant at(HostTimeline h, int t) {
        return h.start().plus(h.step().multipliedBy(t));
    }
}
