package dev.harmony.engine.whatif;

import dev.harmony.engine.model.Vm;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which VMs a change applies to: all of them, an application group, the VMs with a tag, or VMs by id.
 *
 * @param all         every VM
 * @param application VMs of this application group
 * @param tag         VMs with this tag
 * @param vms         these VMs
 */
public record VmGroup(boolean all, Optional<String> application, Optional<String> tag, List<String> vms) {
    public VmGroup {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(tag, "tag");
        vms = List.copyOf(vms);
        int ways = (all ? 1 : 0) + (application.isPresent() ? 1 : 0) + (tag.isPresent() ? 1 : 0) + (vms.isEmpty() ? 0 : 1);
        if (ways != 1) {
            throw new IllegalArgumentException("a group is exactly one of: all, an application, a tag, a list of VMs");
        }
    }

    public static VmGroup everyVm() {
        return new VmGroup(true, Optional.empty(), Optional.empty(), List.of());
    }

    public boolean contains(Vm vm) {
        return all || application.map(a -> a.equals(vm.application())).orElse(false)
                || tag.map(vm::hasTag).orElse(false) || vms.contains(vm.id());
    }

    /** The group in words, for messages and reports. */
    public String describe() {
        return all ? "all VMs" : application.map(a -> "application " + a)
                .orElseGet(() -> tag.map(t -> "tag " + t).orElseGet(() -> "VMs " + vms));
    }
}
