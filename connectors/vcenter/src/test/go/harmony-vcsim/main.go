// Command harmony-vcsim runs govmomi's vCenter simulator for Harmony's vCenter connector tests.
//
// It builds a VPX inventory of the requested size, adjusts it for the yavijava client (API 6.0
// data model, managed-object-reference attribute order), prints one line with the URL once it
// listens, and serves until SIGTERM or SIGINT, when it removes its temporary folders.
package main

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"flag"
	"fmt"
	"log"
	"math/big"
	"net"
	"net/url"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/simulator/esx"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:0", "address to listen on; port 0 picks a free one")
	datacenters := flag.Int("datacenters", 1, "datacenters")
	clusters := flag.Int("clusters", 2, "clusters per datacenter")
	hosts := flag.Int("hosts-per-cluster", 4, "hosts per cluster")
	vms := flag.Int("vms-per-cluster", 64, "VMs per cluster")
	freshCert := flag.Bool("fresh-cert", false, "serve a newly generated certificate instead of the fixed test certificate")
	plainHTTP := flag.Bool("http", false, "serve plain http instead of https")
	flag.Parse()

	started := time.Now()
	model := simulator.VPX()
	model.Datacenter = *datacenters
	model.Cluster = *clusters
	model.ClusterHost = *hosts
	model.Host = 0
	model.Machine = *vms
	model.Autostart = true

	enlargeHostTemplate()
	keepToApi60(model)
	if err := model.Create(); err != nil {
		log.Fatalf("harmony-vcsim: cannot create the inventory: %v", err)
	}
	defer model.Remove()
	shapeInventory()

	model.Service.Listen = &url.URL{Host: *listen}
	if !*plainHTTP {
		model.Service.TLS = new(tls.Config)
		if *freshCert {
			model.Service.TLS.Certificates = []tls.Certificate{newCertificate()}
		}
	}
	server := model.Service.NewServer()
	server.Server.Config.Handler = referenceTypeFirst(server.Server.Config.Handler)
	defer server.Close()

	count := model.Count()
	fmt.Printf("HARMONY_VCSIM url=%s started_ms=%d datacenters=%d clusters=%d hosts=%d vms=%d\n",
		server.URL, time.Since(started).Milliseconds(), count.Datacenter, count.Cluster, count.Host, count.Machine)

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, syscall.SIGINT)
	<-stop
}

// enlargeHostTemplate gives every simulated host 2 x 16 cores at 2.6 GHz and 512 GiB, so a cluster
// of four can hold sixty-odd VMs of mixed sizes; every host is copied from these templates.
func enlargeHostTemplate() {
	hw := esx.HostSystem.Summary.Hardware
	hw.NumCpuPkgs, hw.NumCpuCores, hw.NumCpuThreads, hw.CpuMhz, hw.MemorySize = 2, 32, 64, 2600, 512<<30
	info := esx.HostHardwareInfo
	info.CpuInfo.NumCpuPackages, info.CpuInfo.NumCpuCores, info.CpuInfo.NumCpuThreads = 2, 32, 64
	info.MemorySize = 512 << 30
}

// newCertificate makes a self-signed ECDSA certificate for 127.0.0.1 and localhost, valid one day.
func newCertificate() tls.Certificate {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		log.Fatalf("harmony-vcsim: cannot generate a key: %v", err)
	}
	serial, _ := rand.Int(rand.Reader, big.NewInt(1<<62))
	template := x509.Certificate{
		SerialNumber:          serial,
		Subject:               pkix.Name{CommonName: "harmony-vcsim", Organization: []string{"Harmony tests"}},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(24 * time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IPAddresses:           []net.IP{net.ParseIP("127.0.0.1"), net.IPv6loopback},
		DNSNames:              []string{"localhost"},
		IsCA:                  true,
		BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, &template, &template, &key.PublicKey, key)
	if err != nil {
		log.Fatalf("harmony-vcsim: cannot sign the certificate: %v", err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}
}
