package dev.harmony.connectors.lab.datacenter;

import java.util.List;
import java.util.Random;

/**
 * Guest OS and template for a VM. The traces carry neither, so these are synthetic: drawn from a fixed,
 * plausible 2011-2013 mix by a random generator seeded with the lab seed and the VM id, so a VM keeps
 * its values whatever other VMs are loaded. The connector's README marks them as synthetic.
 */
final class SyntheticMetadata {
    private record Os(String name, String slug, int weight) {
    }

    private static final List<Os> MIX = List.of(
            new Os("Microsoft Windows Server 2008 R2 (64-bit)", "win2008r2", 30),
            new Os("Microsoft Windows Server 2012 (64-bit)", "win2012", 15),
            new Os("Red Hat Enterprise Linux 6 (64-bit)", "rhel6", 20),
            new Os("CentOS 6 (64-bit)", "centos6", 20),
            new Os("Ubuntu Linux 12.04 LTS (64-bit)", "ubuntu1204", 10),
            new Os("SUSE Linux Enterprise 11 (64-bit)", "sles11", 5));
    private static final int TOTAL_WEIGHT = MIX.stream().mapToInt(Os::weight).sum();

    /** Guest OS and template name of one VM. */
    record Metadata(String guestOs, String template) {
    }

    private SyntheticMetadata() {
    }

    static Metadata of(long seed, String vmId, int vcpus) {
        Random random = new Random(seed * 31 + vmId.hashCode());
        int pick = random.nextInt(TOTAL_WEIGHT);
        for (Os os : MIX) {
            pick -= os.weight();
            if (pick < 0) {
                return new Metadata(os.name(), "tpl-" + os.slug() + "-" + (vcpus <= 2 ? "small" : vcpus <= 8 ? "medium" : "large"));
            }
        }
        throw new IllegalStateException("weights do not add up");
    }
}
