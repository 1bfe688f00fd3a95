package main

import (
	"bytes"
	"net/http"
	"regexp"
	"strconv"

	"github.com/vmware/govmomi/simulator"
)

// keepToApi60 removes the managers that appeared after vSphere 6.0 from the service content. A real
// vCenter answers in the API version the client asks for; the simulator always sends its newest
// model, and yavijava 6.0 rejects any field it does not know.
func keepToApi60(model *simulator.Model) {
	sc := &model.ServiceContent
	sc.VStorageObjectManager = nil
	sc.HostSpecManager = nil
	sc.CryptoManager = nil
	sc.HealthUpdateManager = nil
	sc.FailoverClusterConfigurator = nil
	sc.FailoverClusterManager = nil
}

// xsiTypeThenType finds an element whose schema-instance type attribute comes before its own
// type attribute, which is how the simulator writes managed-object references.
var xsiTypeThenType = regexp.MustCompile(`(XMLSchema-instance:type="[^"]*") (type="[^"]*")`)

// referenceTypeFirst writes a managed-object reference's own type attribute before its
// schema-instance type, as a real vCenter does; dom4j in yavijava reads whichever "type" comes
// first, so the simulator's order made every reference look like a plain ManagedObjectReference.
func referenceTypeFirst(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		buffered := &bufferedResponse{header: http.Header{}, status: http.StatusOK}
		next.ServeHTTP(buffered, r)
		body := xsiTypeThenType.ReplaceAll(buffered.body.Bytes(), []byte("$2 $1"))
		for name, values := range buffered.header {
			w.Header()[name] = values
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		w.WriteHeader(buffered.status)
		_, _ = w.Write(body)
	})
}

// bufferedResponse holds a whole response so that it can be rewritten before it is sent.
type bufferedResponse struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (b *bufferedResponse) Header() http.Header { return b.header }

func (b *bufferedResponse) WriteHeader(status int) { b.status = status }

func (b *bufferedResponse) Write(p []byte) (int, error) { return b.body.Write(p) }
