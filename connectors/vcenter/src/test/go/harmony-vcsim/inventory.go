package main

import (
	"sort"

	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/types"
)

// vmShape is one of the VM sizes the simulated inventory cycles through.
type vmShape struct {
	cpus      int32
	memoryMB  int32
	guest     string
	guestName string
}

var shapes = []vmShape{
	{2, 4096, "rhel8_64Guest", "Red Hat Enterprise Linux 8 (64-bit)"},
	{4, 8192, "windows9Server64Guest", "Microsoft Windows Server 2016 (64-bit)"},
	{1, 2048, "ubuntu64Guest", "Ubuntu Linux (64-bit)"},
	{8, 16384, "rhel8_64Guest", "Red Hat Enterprise Linux 8 (64-bit)"},
	{2, 8192, "windows9Server64Guest", "Microsoft Windows Server 2016 (64-bit)"},
	{4, 4096, "ubuntu64Guest", "Ubuntu Linux (64-bit)"},
}

// shapeInventory gives the VMs varied sizes and guest systems, in name order so every run is the
// same, and spreads each cluster's VMs over its hosts in turn (the simulator puts them anywhere).
// Host VM lists and usage summaries are rebuilt from the VMs' runtime host afterwards.
func shapeInventory() {
	var vms []*simulator.VirtualMachine
	for _, e := range simulator.Map.All("VirtualMachine") {
		vms = append(vms, e.(*simulator.VirtualMachine))
	}
	sort.Slice(vms, func(i, j int) bool { return vms[i].Name < vms[j].Name })

	turn := map[types.ManagedObjectReference]int{}
	for i, vm := range vms {
		s := shapes[i%len(shapes)]
		vm.Config.Hardware.NumCPU, vm.Config.Hardware.MemoryMB, vm.Config.GuestId = s.cpus, s.memoryMB, s.guest
		vm.Summary.Config.NumCpu, vm.Summary.Config.MemorySizeMB, vm.Summary.Config.GuestId = s.cpus, s.memoryMB, s.guest
		vm.Config.GuestFullName, vm.Summary.Config.GuestFullName = s.guestName, s.guestName
		vm.Summary.QuickStats.OverallCpuUsage = s.cpus * 300
		vm.Summary.QuickStats.GuestMemoryUsage = s.memoryMB / 2
		vm.Summary.QuickStats.HostMemoryUsage = s.memoryMB

		host := simulator.Map.Get(*vm.Runtime.Host).(*simulator.HostSystem)
		cluster, ok := simulator.Map.Get(*host.Parent).(*simulator.ClusterComputeResource)
		if !ok || len(cluster.Host) == 0 {
			continue
		}
		n := turn[cluster.Self]
		turn[cluster.Self] = n + 1
		target := cluster.Host[n%len(cluster.Host)]
		vm.Runtime.Host = &target
		vm.Summary.Runtime.Host = &target
	}

	for _, e := range simulator.Map.All("HostSystem") {
		h := e.(*simulator.HostSystem)
		h.Vm = nil
		h.Summary.QuickStats.OverallCpuUsage = 0
		h.Summary.QuickStats.OverallMemoryUsage = 0
	}
	for _, vm := range vms {
		h := simulator.Map.Get(*vm.Runtime.Host).(*simulator.HostSystem)
		h.Vm = append(h.Vm, vm.Self)
		h.Summary.QuickStats.OverallCpuUsage += vm.Summary.QuickStats.OverallCpuUsage
		h.Summary.QuickStats.OverallMemoryUsage += vm.Summary.QuickStats.HostMemoryUsage
	}
}
