package dev.harmony.engine.planner;

/**
 * One VM's contribution to one host's load: it runs there, or ({@code leaving}) it migrates away from there.
 *
 * @param host    the host loaded
 * @param vm      the VM
 * @param leaving true for the source side of a migration (overhead only)
 */
record HostLoad(HostSlot host, VmAssignment vm, boolean leaving) {
}
