package dev.harmony.engine.whatif;

import dev.harmony.engine.affinity.Resource;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** One change a scenario makes to its baseline; {@code docs/scenarios.md} gives each one's JSON form. */
public sealed interface ScenarioChange {

    /**
     * New hosts, in service from the start, named {@code prefix01}, {@code prefix02}, … .
     *
     * @param count       how many, at least 1
     * @param namePrefix  prefix of their ids
     * @param cpuCores    physical cores
     * @param cpuMhz      total CPU capacity in MHz
     * @param memoryMib   memory in MiB
     * @param networkMbps uplink in Mbit/s
     * @param zone        availability zone
     */
    record AddHosts(int count, String namePrefix, int cpuCores, long cpuMhz, long memoryMib, long networkMbps, String zone)
            implements ScenarioChange {
        public AddHosts {
            Objects.requireNonNull(namePrefix, "namePrefix");
            Objects.requireNonNull(zone, "zone");
        }
    }

    /** Hosts decommissioned at the start; their VMs are migrated away first. */
    record RemoveHosts(List<String> hosts) implements ScenarioChange {
        public RemoveHosts {
            hosts = List.copyOf(hosts);
        }
    }

    /**
     * Hosts in maintenance from {@code from} (the start when empty) until {@code until} (the end when empty).
     */
    record Maintenance(List<String> hosts, Optional<Instant> from, Optional<Instant> until) implements ScenarioChange {
        public Maintenance {
            hosts = List.copyOf(hosts);
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
        }
    }

    /** The demand of a group of VMs changed by {@code percent} (+20 is 1.2 times) for the given resources. */
    record ScaleDemand(double percent, VmGroup group, Set<Resource> resources) implements ScenarioChange {
        public ScaleDemand {
            Objects.requireNonNull(group, "group");
            resources = Set.copyOf(resources);
        }
    }

    /** New VMs from a template, on a given host or wherever there is room, named {@code prefix01}, … . */
    record AddVms(int count, String namePrefix, VmTemplate template, Optional<String> host, String application)
            implements ScenarioChange {
        public AddVms {
            Objects.requireNonNull(namePrefix, "namePrefix");
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(application, "application");
        }
    }

    /** The reactive balancer's migration threshold (utilisation in (0, 1]), or the balancer switched off. */
    record MigrationThreshold(double threshold, boolean enabled) implements ScenarioChange {
    }
}
