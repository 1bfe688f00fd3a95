package dev.harmony.connectors.vcenter.inventory;

import com.vmware.vim25.CustomFieldStringValue;
import com.vmware.vim25.CustomFieldValue;
import com.vmware.vim25.ManagedObjectReference;
import com.vmware.vim25.PhysicalNic;
import dev.harmony.connectors.vcenter.session.ObjectProperties;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Vm;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Maps one host's or VM's vCenter properties to the engine's record, in the engine's units. */
final class EntityMapping {
    /** A custom attribute of this name (any case) fills the VM's application group. */
    static final String APPLICATION_ATTRIBUTE = "application";

    private EntityMapping() {
    }

    static Host host(ObjectProperties o, EntityTree tree, Map<Integer, String> fieldNames) {
        ManagedObjectReference pool = o.reference("parent");
        int cores = (int) Math.max(1, o.number("summary.hardware.numCpuCores", 1));
        long mhz = Math.max(1, o.number("summary.hardware.cpuMhz", 1));
        long memoryMib = Math.max(1, o.number("summary.hardware.memorySize", 0) >> 20);
        return new Host(o.id(), o.text("name"), pool == null ? o.id() : pool.getVal(), cores, cores * mhz, memoryMib,
                fastestLinkMbps(o.get("config.network.pnic", PhysicalNic[].class)), tree.datacenterOf(o.id()),
                attributes(o, fieldNames), o.flag("runtime.inMaintenanceMode"));
    }

    static Vm vm(ObjectProperties o, EntityTree tree, Map<Integer, String> fieldNames, long hostMhz) {
        int vcpus = (int) Math.max(1, o.number("config.hardware.numCPU", 1));
        long memoryMib = Math.max(1, o.number("config.hardware.memoryMB", 1));
        String guest = o.text("config.guestFullName").isBlank() ? o.text("config.guestId") : o.text("config.guestFullName");
        Set<String> tags = new TreeSet<>(attributes(o, fieldNames));
        ManagedObjectReference folder = o.reference("parent");
        if (folder != null) {
            tags.add("folder:" + tree.folderPath(folder.getVal()));
        }
        if ("poweredOff".equals(o.text("runtime.powerState"))) {
            tags.add("power:off");
        }
        String application = "";
        for (String tag : tags) {
            String prefix = "attr:" + APPLICATION_ATTRIBUTE + "=";
            if (tag.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                application = tag.substring(prefix.length());
            }
        }
        return new Vm(o.id(), o.text("name"), vcpus, vcpus * hostMhz, memoryMib, guest, application, tags, "");
    }

    /** Custom attribute values as {@code attr:name=value}; unnamed keys keep their number. */
    private static Set<String> attributes(ObjectProperties o, Map<Integer, String> fieldNames) {
        Set<String> tags = new TreeSet<>();
        CustomFieldValue[] values = o.get("customValue", CustomFieldValue[].class);
        if (values != null) {
            for (CustomFieldValue v : values) {
                if (v instanceof CustomFieldStringValue s && s.getValue() != null && !s.getValue().isBlank()) {
                    tags.add("attr:" + fieldNames.getOrDefault(v.getKey(), Integer.toString(v.getKey())) + "=" + s.getValue());
                }
            }
        }
        return tags;
    }

    /** The fastest physical NIC's link speed, the best guess for the vMotion link; 0 when unknown. */
    private static long fastestLinkMbps(PhysicalNic[] nics) {
        long fastest = 0;
        if (nics != null) {
            for (PhysicalNic nic : nics) {
                if (nic.getLinkSpeed() != null) {
                    fastest = Math.max(fastest, nic.getLinkSpeed().getSpeedMb());
                }
            }
        }
        return fastest;
    }
}
