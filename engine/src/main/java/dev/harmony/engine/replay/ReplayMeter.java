package dev.harmony.engine.replay;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.health.HealthReport;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.simulation.HostTimeline;
import dev.harmony.engine.simulation.MigrationOutcome;
import dev.harmony.engine.simulation.SimulationResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up what a policy's pool went through, segment by segment: contention VM-hours (each interval a
 * host's demand of some resource exceeds the contention level, every VM on it counts), coincident peaks
 * (runs of intervals in which two or more VMs on one host are at or above their own 95th-percentile CPU
 * demand of the replayed period at once while the host's CPU is above 70 %, the health index's headroom
 * target), completed migrations and the health of every window.
 */
final class ReplayMeter {
    // Peaks that meet on a quiet host harm nobody; on a crowded host two VMs at P95 together are the rule.
    private static final double BUSY_HOST = 0.7;
    private final double level;
    private final Map<String, Double> cpuP95 = new HashMap<>();
    private final Map<String, Boolean> inPeak = new HashMap<>();
    private double contentionVmHours;
    private final double[] byResource = new double[Resource.values().length];
    private double duringMigrations;
    private int coincidentPeaks;
    private int migrations;
    private double healthPointHours;
    private double healthHours;
    private final Map<String, OpenEpisode> open = new HashMap<>();
    private final List<ContentionEpisode> episodes = new ArrayList<>();
    private Instant lastEnd;

    /** A host's contention episode while its steps stay contended. */
    private static final class OpenEpisode {
        final String host;
        final Instant from;
        int vms;
        double vmHours;
        double peak;
        Resource resource;
        boolean duringMigration;

        OpenEpisode(String host, Instant from) {
            this.host = host;
            this.from = from;
        }

        ContentionEpisode close(Instant to) {
            return new ContentionEpisode(host, from, to, vms, vmHours, peak, resource, duringMigration);
        }
    }

    ReplayMeter(List<VmDemand> demand, Instant from, Instant to, double level) {
        this.level = level;
        for (VmDemand d : demand) {
            int a = (int) Math.max(0, Duration.between(d.start(), from).getSeconds() / d.step().getSeconds());
            int b = (int) Math.min(d.size(), Duration.between(d.start(), to).getSeconds() / d.step().getSeconds());
            float[] cpu = d.values(Resource.CPU);
            float[] window = Arrays.copyOfRange(cpu, Math.min(a, b), b);
            float[] present = new float[window.length];
            int n = 0;
            for (float v : window) {
                if (!Float.isNaN(v)) {
                    present[n++] = v;
                }
            }
            Arrays.sort(present, 0, n);
            cpuP95.put(d.vmId(), n == 0 ? Double.MAX_VALUE : present[Math.max(0, (int) Math.ceil(0.95 * n) - 1)]);
        }
    }

    /**
     * Adds one simulated segment, which started from {@code placement}, over {@code demand}'s expected (replayed)
     * values; its health windows count only when {@code countHealth}.
     */
    void add(SimulationResult result, Placement placement, dev.harmony.engine.simulation.SimulationDemand demand,
             boolean countHealth) {
        double stepHours = result.step().getSeconds() / 3600.0;
        List<MigrationOutcome> done = result.migrations().stream().filter(MigrationOutcome::completed)
                .sorted(Comparator.comparing(m -> m.endedAt().orElseThrow())).toList();
        migrations += done.size();
        lastEnd = result.end();
        Map<String, String> where = new HashMap<>(placement.hostByVm());
        int next = 0;
        for (int t = 0; t < result.intervals(); t++) {
            Instant stepStart = result.start().plus(result.step().multipliedBy(t));
            while (next < done.size() && !done.get(next).endedAt().orElseThrow().isAfter(stepStart)) {
                where.put(done.get(next).vmId(), done.get(next).target().orElseThrow());
                next++;
            }
            Map<String, Integer> count = new HashMap<>();
            Map<String, Integer> peaking = new HashMap<>();
            for (Map.Entry<String, String> e : where.entrySet()) {
                count.merge(e.getValue(), 1, Integer::sum);
                if (demand.has(e.getKey()) && demand.expected(e.getKey(), Resource.CPU, t) >= cpuP95.getOrDefault(e.getKey(), Double.MAX_VALUE)) {
                    peaking.merge(e.getValue(), 1, Integer::sum);
                }
            }
            for (HostTimeline h : result.hosts()) {
                boolean contended = false;
                int vms = count.getOrDefault(h.hostId(), 0);
                double vmHours = vms * stepHours;
                Resource worst = Resource.CPU;
                for (Resource r : Resource.values()) {
                    if (h.utilisation(r, t) > level) {
                        contended = true;
                        byResource[r.ordinal()] += vmHours;
                    }
                    if (h.utilisation(r, t) > h.utilisation(worst, t)) {
                        worst = r;
                    }
                }
                OpenEpisode episode = open.get(h.hostId());
                if (contended) {
                    contentionVmHours += vmHours;
                    boolean moving = migrating(result.migrations(), h.hostId(), stepStart, result.step());
                    if (moving) {
                        duringMigrations += vmHours;
                    }
                    if (episode == null) {
                        episode = new OpenEpisode(h.hostId(), stepStart);
                        open.put(h.hostId(), episode);
                    }
                    episode.vms = Math.max(episode.vms, vms);
                    episode.vmHours += vmHours;
                    episode.duringMigration |= moving;
                    if (episode.resource == null || h.utilisation(worst, t) > episode.peak) {
                        episode.peak = h.utilisation(worst, t);
                        episode.resource = worst;
                    }
                } else if (episode != null) {
                    episodes.add(episode.close(stepStart));
                    open.remove(h.hostId());
                }
                boolean peak = peaking.getOrDefault(h.hostId(), 0) >= 2 && h.utilisation(Resource.CPU, t) > BUSY_HOST;
                if (peak && !inPeak.getOrDefault(h.hostId(), false)) {
                    coincidentPeaks++;
                }
                inPeak.put(h.hostId(), peak);
            }
        }
        if (countHealth) {
            // Each window weighs its length: a segment cut short by a re-plan has a shorter last window.
            List<HealthReport> reports = result.health();
            for (int i = 0; i < reports.size(); i++) {
                Instant end = i + 1 < reports.size() ? reports.get(i + 1).at() : result.end();
                double hours = Duration.between(reports.get(i).at(), end).getSeconds() / 3600.0;
                if (hours > 0) {
                    healthPointHours += reports.get(i).pool().index() * hours;
                    healthHours += hours;
                }
            }
        }
    }

    /** Whether a migration that started was sending from or to the host during the step that starts at {@code at}. */
    private static boolean migrating(List<MigrationOutcome> migrations, String host, Instant at, Duration step) {
        Instant stepEnd = at.plus(step);
        for (MigrationOutcome m : migrations) {
            if (m.startedAt().isEmpty() || !(m.source().equals(host) || m.target().filter(host::equals).isPresent())) {
                continue;
            }
            boolean startedBeforeEnd = m.startedAt().get().isBefore(stepEnd);
            boolean notEndedBefore = m.endedAt().map(e -> e.isAfter(at)).orElse(true);
            if (startedBeforeEnd && notEndedBefore) {
                return true;
            }
        }
        return false;
    }

    /** Closes the episodes still open at {@code end}, the end of the last segment added. */
    private List<ContentionEpisode> episodes(Instant end) {
        List<ContentionEpisode> all = new ArrayList<>(episodes);
        if (end != null) {
            open.values().forEach(e -> all.add(e.close(end)));
        }
        all.sort(Comparator.comparing(ContentionEpisode::from).thenComparing(ContentionEpisode::host));
        return all;
    }

    PolicyResult result(String policy, int plans, int blocked, Duration elapsed) {
        double mean = healthHours > 0 ? healthPointHours / healthHours : Double.NaN;
        Map<Resource, Double> resources = new EnumMap<>(Resource.class);
        for (Resource r : Resource.values()) {
            resources.put(r, byResource[r.ordinal()]);
        }
        return new PolicyResult(policy, contentionVmHours, new ContentionCauses(resources, duringMigrations, episodes(lastEnd)),
                coincidentPeaks,
                migrations, mean, plans, blocked, elapsed);
    }
}
